// The customer data tool's words for its Validation card (web/tools/customer_data/i18n/): each
// word the view and the panel ask for exists in both languages, filled, with the same
// {placeholders}, the Chinese side in Chinese where it is more than a symbol or a model's name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './support.mjs';

const folder = path.join(repoRoot, 'web', 'tools', 'customer_data');
const load = (lang) => JSON.parse(readFileSync(path.join(folder, 'i18n', `${lang}.json`), 'utf8'));
const catalogues = { en: load('en'), 'zh-CN': load('zh-CN') };
const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SYMBOLS = /^(%|BG\/NBD|Pareto\/NBD)$/;

test('the validation words are in both languages with the same placeholders', () => {
  const en = catalogues.en.data_valid, zh = catalogues['zh-CN'].data_valid;
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  for (const key of Object.keys(en)) {
    assert.ok(en[key].trim() && zh[key].trim(), `data_valid.${key} is blank`);
    assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), `data_valid.${key}`);
    if (!SYMBOLS.test(en[key])) assert.match(zh[key], /[\u4E00-\u9FFF]/, `data_valid.${key} is not Chinese`);
  }
  for (const lang of Object.keys(catalogues)) {
    assert.ok(catalogues[lang].data.phase_validating, `${lang}: data.phase_validating`);
    assert.ok(catalogues[lang].warning.no_tracking, `${lang}: warning.no_tracking`);
  }
});

test('every data_valid word the view names exists', () => {
  const source = readFileSync(path.join(folder, 'views', 'validation.js'), 'utf8');
  const named = [...source.matchAll(/(?:t\('data_valid', |words\()'(\w+)'/g)].map((m) => m[1]);
  const templated = ['title_conditional', 'title_cumulative', 'title_per_period', 'title_histogram', 'title_p_alive',
                     'model_bg_nbd', 'model_pareto_nbd', 'predicted_holdout_purchases', 'actual_holdout_purchases', 'no_holdout_summary'];
  assert.ok(named.length > 10, 'the view names its words');
  for (const key of [...named, ...templated]) {
    for (const lang of Object.keys(catalogues)) assert.ok(catalogues[lang].data_valid[key], `${lang}: data_valid.${key}`);
  }
});
