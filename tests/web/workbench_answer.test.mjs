// web/tools/workbench/descriptors.js and answer.js against the core's own description and
// answers (the native CLI): the grouped form holds every field unit_economics takes except those
// the page sets itself, the demo's texts make a request the core answers without problems, the
// KPI tiles read the core's numbers, and bad text reaches the core as text (its problem is the
// field's own, shown at the field).
import test from 'node:test';
import assert from 'node:assert/strict';
import { described, evaluate } from './support.mjs';
import { describeForms, UE_GROUPS, UE_TILES, DEMO, HIDDEN_FIELDS } from '../../web/tools/workbench/descriptors.js';
import { initial } from '../../web/tools/workbench/codec.js';
import { knownNames } from '../../web/tools/workbench/known.js';
import { unitEconomicsRequest, tileValue, leadConvention, splitProblems, formTexts, demoFields, clearedTexts } from '../../web/tools/workbench/answer.js';

const calcs = describeForms(described);
const ue = calcs.byForm.ue;
const state = (forms = {}, choices = {}) => ({ period: 'year', workbench: { ...initial(), forms: { ...initial().forms, ue: forms }, choices } });

test('the grouped form holds every described input of unit_economics but the page\'s own', () => {
  const spec = described.calculations.find((c) => c.name === 'unit_economics');
  const expected = spec.fields.flatMap((f) => (f.kind === 'object' ? f.fields.map((m) => `${f.name}.${m.name}`) : [f.name]))
    .filter((n) => !HIDDEN_FIELDS.has(n));
  const shown = ue.fields.filter((f) => !f.ui).map((f) => f.name);
  assert.deepEqual([...shown].sort(), [...expected].sort());
  const groups = UE_GROUPS.map((g) => g.id);
  assert.ok(ue.fields.every((f) => groups.includes(f.family)), 'every field sits in a group');
  assert.deepEqual([...new Set(ue.fields.map((f) => f.family))], groups, 'groups in order, each once');
  assert.equal(ue.fields.find((f) => f.name === 'acquisition_spend.advertising').item, 'advertising');
  for (const name of Object.keys(DEMO.ue)) assert.ok(knownNames(calcs).forms.ue.has(name), `demo field ${name} is described`);
});

test('the demo client is a request the core answers, and the tiles read its numbers', () => {
  const request = unitEconomicsRequest(state(), calcs);
  assert.equal(request.inputs.gross_margin_rate, 0.4);
  assert.equal(request.inputs.retention_rate, 0.75);
  assert.equal(request.inputs.retention_rates, undefined, 'the alternative not chosen is not sent');
  assert.deepEqual(request.inputs.acquisition_spend, { advertising: 120000, marketing_events: 30000, sales_team: 40000, sales_tools: 10000 });
  const response = evaluate(request);
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.deepEqual(response.warnings.filter((w) => !calcs.byForm.ue.warnings.includes(w.code)), []);
  for (const convention of calcs.conventions) {
    const answer = evaluate(unitEconomicsRequest(state({}, { lead: convention }), calcs));
    const lead = answer.result.conventions.find((c) => c.convention === convention);
    for (const [, path] of UE_TILES) {
      const value = tileValue(answer.result, convention, path);
      const expected = path.startsWith('lead.') ? lead[path.slice(5)] : answer.result[path];
      assert.equal(value, expected, `${convention} ${path}`);
      assert.ok(value === null || Number.isFinite(value));
    }
    assert.equal(answer.result.clv, lead.clv, 'the lead convention is the one the tiles show');
  }
  assert.equal(leadConvention({ choices: { lead: 'bogus' } }, calcs.conventions), calcs.conventions[0]);
});

test('text that is not a number reaches the core and its problem is the field\'s own', () => {
  const knows = (name) => ue.fields.some((f) => f.name === name);
  for (const [texts, names] of [[{ average_order_value: '6o' }, ['average_order_value']],
                                [{ 'acquisition_spend.advertising': '-5', retention_rate: '150%' }, ['acquisition_spend.advertising', 'retention_rate']]]) {
    const response = evaluate(unitEconomicsRequest(state(texts), calcs));
    assert.equal(response.ok, false);
    const { own, general } = splitProblems(response.problems, knows);
    assert.deepEqual(general, []);
    assert.deepEqual(own.map((p) => p.name).sort(), names);
  }
});

test('texts: typed over the demo, followed period, blank client', () => {
  const slice = state({ new_customers: '10' }).workbench;
  const texts = formTexts(slice, ue, 'month');
  assert.equal(texts.new_customers, '10');
  assert.equal(texts.average_order_value, DEMO.ue.average_order_value);
  assert.equal(texts.discount_rate_period, 'month', 'a rate\'s period follows the page\'s');
  assert.ok(!demoFields(slice, ue).has('new_customers') && demoFields(slice, ue).has('average_order_value'));
  const blank = clearedTexts(ue);
  const response = evaluate(unitEconomicsRequest(state(blank), calcs));
  assert.equal(response.ok, false);
  assert.ok(response.problems.every((p) => p.code === 'missing_field'), JSON.stringify(response.problems));
});

test('the demo segments are a request the core answers, and every column and output has words in both languages', async () => {
  const { describeTables, TABLE_PAGES, tableRows } = await import('../../web/tools/workbench/tables.js');
  const { rowObjects } = await import('../../web/tools/workbench/table-request.js');
  const { readFileSync } = await import('node:fs');
  const tables = describeTables(calcs.byName);
  const segments = tables.segments;
  assert.ok(segments, 'the core describes segments');
  const page = TABLE_PAGES.find((p) => p.table === 'segments');
  const rows = tableRows(initial(), page, 'en');
  for (const row of rows) for (const name of Object.keys(row)) assert.ok(segments.columns.some((c) => c.name === name), `demo column ${name}`);
  const inputs = { segments: rowObjects(segments.columns, rows), discount_rate: 0.1 };
  const response = evaluate({ version: 1, calculation: 'segments', inputs });
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.equal(response.result.segments.length, rows.length);
  assert.ok(response.result.segments.some((s) => s.loss_reason), 'the demo shows a loss-making segment');
  for (const lang of ['en', 'zh-CN']) {
    const words = JSON.parse(readFileSync(new URL(`../../web/tools/workbench/i18n/${lang}.json`, import.meta.url), 'utf8'));
    for (const c of segments.columns) assert.ok(words.wb_column[c.name], `${lang}: column ${c.name}`);
    for (const r of response.result.segments) if (r.loss_reason) assert.ok(words.choice[`loss_reason.${r.loss_reason}`], `${lang}: ${r.loss_reason}`);
    for (const w of response.warnings) assert.ok(words.warning[w.code], `${lang}: warning ${w.code}`);
  }
});
