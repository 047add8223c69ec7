// The page and the core never disagree: the calculator's descriptors are the core's description
// plus presentation, and every name the page's presentation uses is one the core describes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { CALCULATOR_PAGES, HIDDEN_FIELDS, INLINE_FIELDS, describeCalculations } from '../../web/tools/calculator/descriptors.js';
import { described, calcs, catalogue } from './support.mjs';

const describedById = new Map(described.calculations.map((c) => [c.name, c]));
const flatNames = (c) => c.fields.flatMap((f) => (f.kind === 'object'
  ? f.fields.flatMap((family) => family.fields.map((item) => `${f.name}.${family.name}.${item.name}`)) : [f.name]));

test('every calculation the page offers is described by the core, and the page shows every described field', () => {
  for (const page of CALCULATOR_PAGES) {
    const core = describedById.get(page.id);
    assert.ok(core, `${page.id} is not described`);
    const shown = new Set(calcs.byId[page.id].fields.filter((f) => !f.ui).map((f) => f.name));
    for (const name of flatNames(core)) {
      if (!HIDDEN_FIELDS.has(name)) assert.ok(shown.has(name), `${page.id}: the form has no ${name}`);
    }
    assert.ok(calcs.byId[page.id].results[page.headline] || page.headline === 'clv', `${page.id}: headline ${page.headline} is no result`);
  }
  assert.throws(() => describeCalculations({ ...described, calculations: [] }), /does not describe/);
});

test('the page\'s examples and alternatives name described fields, with allowed choices', () => {
  for (const page of CALCULATOR_PAGES) {
    const calc = calcs.byId[page.id];
    const fields = new Map(calc.fields.map((f) => [f.name, f]));
    for (const [name, text] of Object.entries(page.examples)) {
      const field = fields.get(name);
      assert.ok(field, `${page.id}: example ${name} is no field`);
      if (field.kind === 'choice') assert.ok(field.options.includes(text), `${page.id}: example ${name}=${text}`);
    }
    const core = describedById.get(page.id);
    for (const alt of page.alternatives ?? []) {
      const groups = Object.values(alt.options);
      for (const names of groups) for (const n of names) assert.ok(fields.has(n), `${page.id}: ${alt.name} shows ${n}, no field`);
      // Fields offered as alternatives to each other must exclude each other in the core.
      const [first, second] = groups;
      const excludes = (a, b) => core.fields.some((f) => (f.name === a && f.excludes?.includes(b)) || (f.name === b && f.excludes?.includes(a)))
        || core.one_of.some((g) => g.includes(a) && g.includes(b));
      assert.ok(first.some((a) => second.some((b) => excludes(a, b))), `${page.id}: ${alt.name}'s options do not exclude each other in the core`);
    }
  }
  for (const name of INLINE_FIELDS) assert.ok(described.calculations.some((c) => c.fields.some((f) => f.name === name)));
});

test('kinds, units, choices and defaults come from the core', () => {
  const field = (calc, name) => calcs.byId[calc].fields.find((f) => f.name === name);
  assert.deepEqual(field('discounted_clv', 'timing').options, describedById.get('discounted_clv').fields.find((f) => f.name === 'timing').choices);
  assert.equal(field('discounted_clv', 'timing').default, 'end');
  assert.equal(field('retention_clv', 'discount_rate').kind, 'rate');
  assert.equal(field('retention_clv', 'retention_rate').optional, false, 'one of an alternative is required');
  assert.equal(field('retention_clv', 'periods').optional, true);
  assert.equal(field('cost_structure', 'families.training.courses').family, 'training');
  assert.deepEqual(calcs.conventions, described.conventions);
  assert.deepEqual(Object.keys(calcs.byId.retention_clv.columns), ['period', 'time', 'retention_rate', 'survival', 'discount_factor', 'expected_margin', 'present_value', 'cumulative_present_value']);
});

test('both languages have words for every described field, result, choice and warning', () => {
  for (const lang of ['en', 'zh-CN']) {
    const words = catalogue(lang);
    for (const calc of calcs.list) {
      for (const f of calc.fields) {
        if (f.item) assert.ok(words.item[f.item], `${lang}: item ${f.item}`);
        else assert.ok(words.name[f.name], `${lang}: field ${calc.id}.${f.name}`);
        for (const o of f.options ?? []) assert.ok(words.choice[`${f.name}.${o}`], `${lang}: choice ${f.name}.${o}`);
      }
      for (const r of Object.keys(calc.results)) assert.ok(words.name[r], `${lang}: result ${r}`);
      for (const w of calc.warnings) assert.ok(words.warning[w], `${lang}: warning ${w}`);
      assert.ok(words.calc_name[calc.id] && words.calc_about[calc.id], `${lang}: ${calc.id}'s name`);
    }
    for (const family of described.cost_families) assert.ok(words.family[family.family], `${lang}: family ${family.family}`);
  }
});
