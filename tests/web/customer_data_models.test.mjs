// The model cards' pure modules: the survivor curve and the BG/BB histories read as typed
// (model-data.js, answered here by the native CLI), and the tiers as the workbench's segments
// (tiers-export.js), whose columns must be the workbench's own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, evaluate } from './support.mjs';
import { REGULAR_SURVIVORS, DONATIONS_1995, readSurvivors, readDiscreteTable, sbgRequest, bgBbFitRequest, bgBbPredictRequest,
  typedNumber } from '../../web/tools/customer_data/model-data.js';
import { SEGMENT_COLUMNS, tierSegmentRows, segmentsCsv } from '../../web/tools/customer_data/tiers-export.js';

test('a survivor curve is read as typed, and the core fits the published example', () => {
  assert.deepEqual(readSurvivors('1000, 631；468\n382').survivors, [1000, 631, 468, 382]);
  assert.deepEqual(readSurvivors('  ').empty, true);
  assert.deepEqual(readSurvivors('1000 6x1').survivors, [1000, '6x1'], 'unreadable text goes on for the core to name');
  const answer = evaluate(sbgRequest(readSurvivors(REGULAR_SURVIVORS).survivors, typedNumber('5')));
  assert.equal(answer.ok, true);
  assert.ok(Math.abs(answer.result.params.alpha - 0.704) < 0.0005, 'Fader & Hardie (2007): alpha 0.704');
  assert.equal(answer.result.projection.survivors.length, 8 + 5);
  const rising = evaluate(sbgRequest(readSurvivors('1000 631 700').survivors));
  assert.deepEqual(rising.problems.map((p) => [p.field, p.code]), [['inputs.survivors[2]', 'survivors_rising']]);
});

test('the donations example is the test data\'s table, and histories are read by header or by order', () => {
  const shipped = readFileSync(path.join(repoRoot, 'tests', 'data', 'donations_1995_cohort.csv'), 'utf8');
  assert.deepEqual(readDiscreteTable(DONATIONS_1995), readDiscreteTable(shipped.replace('weight', 'count')));
  const read = readDiscreteTable(DONATIONS_1995);
  assert.equal(read.rows, 22);
  assert.equal(read.customers.weight.reduce((a, b) => a + b, 0), 11104);
  const byOrder = readDiscreteTable('2 3 6 10\n0\t0\t6\t5');
  assert.deepEqual(byOrder.customers, { frequency: [2, 0], recency: [3, 0], periods: [6, 6], weight: [10, 5] });
  const reordered = readDiscreteTable('periods;x;t_x\n6;1;2');
  assert.deepEqual(reordered.customers, { frequency: [1], recency: [2], periods: [6] });
  assert.deepEqual(readDiscreteTable('frequency,recency,count\n1,1,3'), { missing: 'periods' });
  assert.equal(readDiscreteTable('').empty, true);
  const fit = evaluate(bgBbFitRequest(read.customers));
  assert.equal(fit.ok, true);
  // Fader, Hardie & Shang (2010): alpha 1.204, beta 0.750, gamma 0.657, delta 2.783 (3 decimals).
  const published = { alpha: 1.204, beta: 0.750, gamma: 0.657, delta: 2.783 };
  for (const [k, v] of Object.entries(published)) assert.ok(Math.abs(fit.result.params[k] - v) < 0.0005, k);
  const prediction = evaluate(bgBbPredictRequest(read.customers, fit.result.params, 5));
  assert.equal(prediction.ok, true);
  assert.equal(prediction.result.customers.p_alive.length, 22);
  const bad = evaluate(bgBbFitRequest(readDiscreteTable('frequency,recency,periods\n3,2,6\n1,1,6').customers));
  assert.deepEqual(bad.problems.map((p) => [p.field, p.code]), [['inputs.customers.frequency[0]', 'frequency_above_recency']]);
});

test('the tiers become workbench segments with the workbench\'s own columns', () => {
  const segments = evaluate({ calculation: 'describe' }).result.calculations.find((c) => c.name === 'segments');
  const columns = segments.fields.find((f) => f.name === 'segments').item.fields.map((f) => f.name);
  for (const c of SEGMENT_COLUMNS) assert.ok(columns.includes(c), `${c} is a column of the workbench's segments`);
  const tiers = [{ tier: 'A', customers: 2, mean_expected_spend: 35.123456789, expected_purchases_per_year: 1.5 },
                 { tier: 'B', customers: 0, mean_expected_spend: null, expected_purchases_per_year: null },
                 { tier: 'C', customers: 8, mean_expected_spend: 20, expected_purchases_per_year: null }];
  const rows = tierSegmentRows(tiers, (t) => `Tier ${t}`, '30%');
  assert.deepEqual(rows.map((r) => r.name), ['Tier A', 'Tier C'], 'an empty tier is left out');
  assert.equal(rows[0].average_order_value, '35.1235');
  assert.equal(rows[1].orders_per_period, '');
  const csv = segmentsCsv(rows).trim().split('\n');
  assert.equal(csv[0], SEGMENT_COLUMNS.join(','));
  assert.equal(csv[1], 'Tier A,2,35.1235,1.5,30%,,,');
});

test('the customer data tool\'s words: the same keys in both languages, and every word the model cards name exists', () => {
  const words = Object.fromEntries(['en', 'zh-CN'].map((lang) => [lang,
    JSON.parse(readFileSync(path.join(repoRoot, 'web', 'tools', 'customer_data', 'i18n', `${lang}.json`), 'utf8'))]));
  const keys = (d) => Object.entries(d).flatMap(([section, entries]) => Object.keys(entries).map((k) => `${section}.${k}`)).sort();
  assert.deepEqual(keys(words['zh-CN']), keys(words.en));
  const files = ['model-data.js', 'tiers-export.js', 'retention-panel.js', 'discrete-panel.js', 'views/retention.js', 'views/discrete.js', 'views/tiers.js'];
  for (const file of files) {
    const source = readFileSync(path.join(repoRoot, 'web', 'tools', 'customer_data', file), 'utf8');
    for (const [, section, key] of source.matchAll(/\bt\('(data_models|data_tiers|data_field|data_fit)', '([a-z_.]+)'/g)) {
      for (const lang of ['en', 'zh-CN']) assert.ok(words[lang][section]?.[key], `${lang} ${section}.${key} (${file})`);
    }
  }
  // The words built from a name: each table's columns and each value basis.
  for (const c of ['period', 'actual', 'fitted', 'actual_rate', 'fitted_rate', 'frequency', 'recency', 'periods', 'count', 'p_alive', 'expected']) {
    for (const lang of ['en', 'zh-CN']) assert.ok(words[lang].data_models[`col_${c}`], `${lang} col_${c}`);
  }
  for (const c of ['tier', 'threshold', 'customers', 'share_of_value', 'mean_value', 'mean_p_alive']) {
    for (const lang of ['en', 'zh-CN']) assert.ok(words[lang].data_tiers[`col_${c}`], `${lang} tiers col_${c}`);
  }
  for (const basis of ['clv', 'expected_purchases']) {
    for (const lang of ['en', 'zh-CN']) assert.ok(words[lang].data_tiers[`histogram_${basis}`] && words[lang].data_tiers[`basis_${basis}`]);
  }
});
