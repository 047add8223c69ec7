// The workbench's cost structure, loyalty programme and satisfaction views against the core (the
// native CLI): each demo is a request the core answers without problems; the fields linked to
// the dashboard follow what is typed there until typed over here; the satisfaction table's seven
// level columns become the core's list of counts and a problem on one count lands on its cell;
// every word these views show exists in both languages.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { described, evaluate, repoRoot } from './support.mjs';
import { describeForms, LINKS } from '../../web/tools/workbench/descriptors.js';
import { describeTables, tableRows } from '../../web/tools/workbench/tables.js';
import { rowObjects, splitTableProblems } from '../../web/tools/workbench/table-request.js';
import { initial } from '../../web/tools/workbench/codec.js';
import { knownNames } from '../../web/tools/workbench/known.js';
import { formTexts, linkedFields, demoFields } from '../../web/tools/workbench/answer.js';
import { buildRequest } from '../../web/tools/calculator/request.js';
import { familyRows, costCsv } from '../../web/tools/workbench/cost-structure.js';

const calcs = describeForms(described);
calcs.tables = describeTables(calcs.byName);
const slice = (forms = {}) => ({ ...initial(), forms: { ...initial().forms, ...forms } });
const requestOf = (form, s) => buildRequest(calcs.byForm[form], formTexts(s, calcs.byForm[form], 'year'), { period: 'year' });

test('the cost structure\'s demo takes this period\'s spend and customers from the dashboard', () => {
  const request = requestOf('cs', slice());
  assert.deepEqual(request.inputs.families.acquisition, { advertising: 120000, marketing_events: 30000, sales_team: 40000, sales_tools: 10000 });
  assert.deepEqual(request.inputs.families.retention, { customer_service: 36000, loyalty_programme: 24000, satisfaction_surveys: 6000 });
  assert.equal(request.inputs.new_customers, 2000);
  assert.equal(request.inputs.customers_retained, 6000);
  assert.ok(request.inputs.previous_families.training.trainers > 0);
  const response = evaluate(request);
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.equal(response.result.cost_per_new_customer, 200000 / 2000, 'acquisition ÷ new customers, the dashboard\'s CAC');
  assert.ok(response.result.fastest_growing);
  // A table row per family and one for all; the CSV carries the core's numbers as they are.
  const rows = familyRows(response.result);
  assert.equal(rows.length, response.result.families.length + 1);
  assert.equal(costCsv(response.result)[rows.length][1], response.result.total);
});

test('a linked field follows the dashboard until typed over in its own section', () => {
  const typedOnDashboard = slice({ ue: { 'acquisition_spend.advertising': '90000', new_customers: '1500' } });
  assert.equal(requestOf('cs', typedOnDashboard).inputs.families.acquisition.advertising, 90000);
  assert.equal(requestOf('cs', typedOnDashboard).inputs.new_customers, 1500);
  assert.ok(!demoFields(typedOnDashboard, calcs.byForm.cs).has('families.acquisition.advertising'), 'no longer the demo\'s');
  assert.ok(linkedFields(typedOnDashboard, calcs.byForm.cs).has('families.acquisition.advertising'));
  const typedHere = slice({ ue: { new_customers: '1500' }, cs: { new_customers: '1000' } });
  assert.equal(requestOf('cs', typedHere).inputs.new_customers, 1000);
  assert.ok(!linkedFields(typedHere, calcs.byForm.cs).has('new_customers'));
  assert.equal(requestOf('lp', slice({ ue: { retention_rate: '80%' } })).inputs.retention_rate, 0.8, 'the loyalty programme too');
  for (const [form, links] of Object.entries(LINKS)) {
    if (!calcs.byForm[form]) continue;  // a calculation the core does not have yet
    for (const [name, from] of Object.entries(links)) {
      assert.ok(knownNames(calcs).forms[form].has(name), `${form}.${name} is described`);
      assert.ok(knownNames(calcs).forms.ue.has(from), `ue.${from} is described`);
    }
  }
});

test('the loyalty programme\'s demo is a request the core answers', () => {
  const request = requestOf('lp', slice());
  assert.equal(request.inputs.annual_fee, 25);
  assert.equal(request.inputs.average_order_value, 60, 'the dashboard\'s order value');
  const response = evaluate({ ...request, inputs: { ...request.inputs, convention: 'end_retained' } });
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.ok(response.result.value_per_member > 0 && response.result.incremental_clv > 0);
});

test('the satisfaction table: seven level columns make the list of counts; a bad count lands on its cell', () => {
  const table = calcs.tables.indicators;
  const levels = table.columns.filter((c) => c.spreads === 'counts');
  assert.equal(levels.length, 7);
  const rows = tableRows(initial(), table.page, 'zh-CN');
  const indicators = rowObjects(table.columns, rows);
  assert.deepEqual(indicators[0], { name: '服务', weight: 0.4, counts: [2, 3, 5, 10, 20, 40, 20] });
  const response = evaluate({ version: 1, calculation: 'satisfaction_index', inputs: { indicators } });
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.ok(response.warnings.some((w) => w.code === 'weights_normalised'), 'the demo\'s weights sum to 1.3');
  assert.ok(response.result.index > 0 && response.result.index < 100);
  assert.deepEqual(rowObjects(table.columns, [{ name: 'x', counts_2: '4' }])[0].counts, [0, 4, 0, 0, 0, 0, 0], 'blank levels are 0');
  assert.equal(rowObjects(table.columns, [{ name: 'x' }])[0].counts, undefined, 'no counts at all: the core says so');
  const bad = evaluate({ version: 1, calculation: 'satisfaction_index',
                         inputs: { indicators: rowObjects(table.columns, [{ name: 'x', counts_3: '-2' }]) } });
  assert.ok(!bad.ok);
  const split = splitTableProblems(bad.problems, 'indicators', null, new Set(table.columns.map((c) => c.name)));
  assert.deepEqual(split.cells.map((c) => [c.row, c.column]), [[0, 'counts_3']], JSON.stringify(bad.problems));
});

test('every word the three views show is in both languages', () => {
  const load = (file) => JSON.parse(readFileSync(path.join(repoRoot, 'web', file), 'utf8'));
  for (const lang of ['en', 'zh-CN']) {
    const words = [load(`i18n/${lang}.json`), load(`tools/workbench/i18n/${lang}.json`)];
    const has = (section, key) => words.some((w) => typeof w[section]?.[key] === 'string');
    for (const id of ['cost_structure_periods', 'loyalty_programme']) {
      for (const r of calcs.byName.get(id).results) {
        if (r.kind === 'number') assert.ok(has('name', r.name), `${lang} name.${r.name} (${id})`);
      }
    }
    for (const f of [...calcs.byForm.lp.fields, ...calcs.byForm.cs.fields]) {
      if (f.item) assert.ok(has('item', f.item), `${lang} item.${f.item}`);
      else if (!f.ui) assert.ok(has('name', f.name), `${lang} name.${f.name}`);
      if (f.family) assert.ok(has('family', f.family), `${lang} family.${f.family}`);
    }
    for (const c of calcs.tables.indicators.columns) assert.ok(has('wb_column', c.name) || has('wb_column', `indicators.${c.name}`), `${lang} ${c.name}`);
    const levels = calcs.byName.get('satisfaction_index').results.find((r) => r.name === 'levels');
    assert.ok(levels, 'the core names its levels');
    for (const w of ['weights_normalised', 'no_break_even_uplift']) assert.ok(has('warning', w), `${lang} warning.${w}`);
  }
});

test('a scenario\'s texts become a variant as the dashboard reads them; problems find their scenario', async () => {
  const { variantOf, placeOf, demoScenarios, changeableFields } = await import('../../web/tools/workbench/scenario-request.js');
  const fields = new Map(changeableFields(calcs.byForm.ue).map((f) => [f.name, f]));
  assert.deepEqual(variantOf({ name: ' Better ', retention_rate: '80%', 'acquisition_spend.advertising': '42,000' }, fields),
                   { name: 'Better', retention_rate: 0.8, acquisition_spend: { advertising: 42000 } });
  assert.deepEqual(variantOf({ name: '', gross_margin_rate: 'lots', orders_per_period: '' }, fields), { gross_margin_rate: 'lots' },
                   'a blank name is left out (the core says it is needed), bad text sent as typed, a blank change dropped');
  assert.deepEqual(placeOf('inputs.variants[1].acquisition_spend.advertising'), { scenario: 1, field: 'acquisition_spend.advertising' });
  assert.deepEqual(placeOf('inputs.variants[0]'), { scenario: 0, field: null });
  assert.deepEqual(placeOf('inputs.base.retention_rate'), { base: true });
  assert.deepEqual(placeOf('inputs.other'), {});
  for (const lang of ['en', 'zh-CN']) {
    for (const row of demoScenarios(lang)) for (const k of Object.keys(row)) assert.ok(k === 'name' || fields.has(k), k);
  }
  assert.ok(!fields.has('retention_source') && !fields.has('discount_rate_period'), 'the form\'s own choices are not changes');
  if (!calcs.byName.has('scenarios')) return;  // the core has not got it yet
  const { scenariosRequest } = await import('../../web/tools/workbench/scenario-request.js');
  const response = evaluate(scenariosRequest({ lang: 'en', period: 'year', workbench: initial() }, calcs));
  assert.ok(response.ok, JSON.stringify(response.problems));
  assert.equal(response.result.scenarios.length, 2);
});
