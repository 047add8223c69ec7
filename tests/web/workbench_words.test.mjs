// The workbench's catalogues (web/tools/workbench/i18n/): the same keys in both languages, no
// blank text, the same {placeholders} in each pair, and the Chinese side written in Chinese.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './support.mjs';

const load = (lang) => JSON.parse(readFileSync(path.join(repoRoot, 'web', 'tools', 'workbench', 'i18n', `${lang}.json`), 'utf8'));
const en = load('en');
const zh = load('zh-CN');
const placeholders = (text) => [...String(typeof text === 'string' ? text : JSON.stringify(text)).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((v, i, a) => a.indexOf(v) === i).sort();
const MIXED = new Set(['wb_paste', 'formula', 'symbol']);  // header aliases and formulas hold both scripts or none

test('both languages have the same sections and keys, each filled, with the same placeholders', () => {
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const section of Object.keys(en)) {
    assert.deepEqual(Object.keys(zh[section]).sort(), Object.keys(en[section]).sort(), section);
    for (const key of Object.keys(en[section])) {
      assert.ok(String(en[section][key]).trim() && String(zh[section][key]).trim(), `${section}.${key} is blank`);
      if (section !== 'formula') assert.deepEqual(placeholders(zh[section][key]), placeholders(en[section][key]), `${section}.${key}`);
      if (!MIXED.has(section) && !/^[A-Z :]+$/.test(en[section][key]) && !/^tier\./.test(key)) {
        assert.match(zh[section][key], /[\u3000-\u303F\u4E00-\u9FFF\uFF01-\uFF5E]/, `${section}.${key} is not Chinese`);
      }
    }
  }
});
