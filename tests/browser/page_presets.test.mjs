// Every worked-example preset, in English and in Simplified Chinese, shows the numbers of the
// shared worked examples (../shared/formulas/worked-examples.json) to the cent: the headline,
// the other named results, retention CLV's conventions and the period table; its worked
// solution substitutes the preset's numbers; and the words are in the page's language.
import test, { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  startEnvironment, openSession, openPage, byTestId, textOf, eventually, hasCJK, shownNumber,
  expectNoBadText, expectNoProblems, switchLanguage, presets, workedExamples, repoRoot,
} from './page_harness.mjs';
import { describeCalculations } from '../../web/tools/calculator/descriptors.js';
import { describeEngine } from '../node/wasm_engine.mjs';

const { byId } = describeCalculations(describeEngine());

const cases = new Map(workedExamples.cases.map((c) => [c.id, c]));
const words = Object.fromEntries(['en', 'zh-CN'].map((lang) =>
  [lang, JSON.parse(readFileSync(path.join(repoRoot, 'web', 'i18n', `${lang}.json`), 'utf8'))]));

// The worked examples name some inputs by the year; the requests say "period" (with period: year).
const requestName = {
  purchases_per_year: 'purchases_per_period', lifespan_years: 'lifespan_periods',
  lifetime_revenue: 'lifetime_value', cash_flow_per_year: 'cash_flow_per_period', years: 'periods',
};

// Where the page shows each expected number of a case. `select` first puts the page in the state
// that shows it ([test id of a <select>, option]); `ids` show it as one value each; `column` is a
// column of the period table `table` (one value per row). `unit` is money unless said.
const shownAt = {
  'retention_cost.per_customer': [{ key: 'retention_cost_per_customer', ids: ['result-value'] }],
  'acquisition_cost.per_customer': [
    { key: 'cac', ids: ['result-value'] },
    { key: 'acquisition_spend', ids: ['result-acquisition_spend'] }],
  'clv.simple': [{ key: 'clv', ids: ['result-value'] }],
  'profitability.per_customer': [{ key: 'profit', ids: ['result-value'] }],
  'clv.discounted.end_of_year': [
    { key: 'clv', ids: ['result-value'] },
    { key: 'present_values', table: 'table', column: 'present_value' }],
  'clv.discounted.perpetuity': [
    { key: 'clv_end', ids: ['result-value', 'result-perpetuity_clv'] },
    { key: 'clv_start', select: ['input-timing', 'start'], ids: ['result-value', 'result-perpetuity_clv'] }],
  'clv.retention.infinite': [
    { key: 'clv_end_of_period', select: ['convention-switch', 'end_retained'],
      ids: ['result-value', 'result-clv.end_retained', 'result-limit.end_retained'] },
    { key: 'clv_start_of_period', select: ['convention-switch', 'start'],
      ids: ['result-value', 'result-clv.start', 'result-limit.start'] }],
  'clv.retention.finite_start': [{ key: 'clv', ids: ['result-value', 'result-clv.start'] }],
  'lifetime.from_retention': [{ key: 'expected_lifetime_periods', ids: ['result-value'], unit: 'periods' }],
};

// Inputs a preset adds to its worked example: the perpetuity example gives both timings, and
// its preset opens on the end-of-period one.
const openedOn = { 'clv.discounted.perpetuity': ['timing'] };

const cents = (v) => Math.round(v * 100) / 100;

// A shown value equals the expected one to the cent (money shows its two decimals).
function expectShown(text, expected, unit, what) {
  assert.ok(Math.abs(shownNumber(text) - cents(expected)) < 1e-9,
            `${what}: the page shows "${text}", the worked example says ${expected}`);
  if (unit === 'money') assert.match(text, /\d\.\d{2}(?!\d)/, `${what}: "${text}" is not shown to the cent`);
}

// How a number of the request appears in a substituted formula ("30,000.00", "0.05", "600").
function inFormula(kind, value) {
  return kind === 'money'
    ? new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
    : new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(value);
}

// What the page shows, read in one go: the text of each test id (null when absent), whether the
// preset note is visible, the chosen convention, the values substituted in a worked solution and
// the columns of period tables ({testid: {header: [cells]}}).
function snapshot(page, { ids = [], stepsId = 'steps', tables = [] } = {}) {
  return page.evaluate(({ ids, stepsId, tables }) => {
    const el = (id) => document.querySelector(`[data-testid="${id}"]`);
    const text = (id) => (el(id) ? el(id).innerText.trim() : null);
    const columns = {};
    for (const id of tables) {
      const table = el(id);
      if (!table) continue;
      const headers = [...table.tHead.rows[0].cells].map((th) => th.textContent.trim());
      columns[id] = Object.fromEntries(headers.map((h, k) => [h, [...table.tBodies[0].rows].map((r) => r.cells[k].textContent.trim())]));
    }
    return {
      texts: Object.fromEntries([...new Set([...ids, 'calc-title', 'result-value', stepsId])].map((id) => [id, text(id)])),
      noteShown: el('preset-note').checkVisibility(),
      convention: el('convention-switch').value,
      substituted: [...document.querySelectorAll(`[data-testid="${stepsId}"] .formula.numbers .val`)].map((n) => n.innerText.trim()),
      columns,
    };
  }, { ids, stepsId, tables });
}

async function checkPreset(page, preset, lang) {
  const example = cases.get(preset.id);
  const calc = byId[preset.request.calculation];
  const what = `${lang} ${preset.id}`;
  const dictionary = words[lang];
  const places = shownAt[preset.id];
  assert.deepEqual(places.map((p) => p.key).sort(), Object.keys(example.expected).sort(),
                   `${what}: each expected number of the worked example has a place on the page`);

  await byTestId(page, `preset-${preset.id}`).click();
  // The worked solution: retention CLV's is under its chosen convention (drawn with the period
  // cards, a frame after the answer), the others' in `steps`. Wait until it shows this preset.
  const first = await eventually(async () => {
    const convention = calc.conventions ? await byTestId(page, 'convention-switch').inputValue() : null;
    const stepsId = convention ? `steps-${convention}` : 'steps';
    const now = await snapshot(page, { stepsId });
    assert.equal(now.texts['calc-title'], dictionary.calc_name[calc.id], `${what}: the calculation shown`);
    if (preset.convention) assert.equal(convention, preset.convention, `${what}: the preset's convention`);
    const stepsText = now.texts[stepsId];
    assert.ok(stepsText, `${what}: the worked solution (${stepsId}) is empty`);
    for (const [name, value] of Object.entries(preset.request.inputs)) {
      if (typeof value !== 'number') continue;
      const kind = calc.fields.find((f) => f.name === name).kind;
      assert.ok(now.substituted.includes(inFormula(kind, value)),
                `${what}: ${name} = ${inFormula(kind, value)} is not substituted in the worked solution: ${JSON.stringify(now.substituted)}`);
    }
    assert.ok(stepsText.includes(now.texts['result-value']),
              `${what}: the worked solution does not reach the headline ${now.texts['result-value']}`);
    return { ...now, stepsId, stepsText };
  }, { timeout: 10_000 });
  const { stepsId, stepsText } = first;
  assert.equal(hasCJK(first.texts['calc-title']), lang === 'zh-CN', `${what}: the title's language`);
  assert.ok(first.noteShown, `${what}: no note that a worked example is loaded`);
  assert.equal(hasCJK(stepsText), lang === 'zh-CN', `${what}: the worked solution's language:\n${stepsText}`);

  // Every expected number the worked example lists, where the page shows it.
  for (const place of places) {
    const expected = example.expected[place.key];
    if (place.select) await byTestId(page, place.select[0]).selectOption(place.select[1]);
    const tables = place.table ? [place.table] : [];
    // The period table is drawn a frame after the answer: wait for the rows of this answer.
    const shown = await eventually(async () => {
      const now = await snapshot(page, { ids: [...(place.ids ?? []), 'convention-switch'], stepsId, tables });
      if (place.table) {
        const column = now.columns[place.table]?.[dictionary.column[place.column]];
        assert.equal(column?.length, expected.length, `${what}: ${place.key}: column "${dictionary.column[place.column]}" of table "${place.table}": ${JSON.stringify(now.columns)}`);
      }
      return now;
    }, { timeout: 10_000 });
    for (const id of place.ids ?? []) {
      assert.ok(shown.texts[id] !== null, `${what}: ${id} is not on the page`);
      expectShown(shown.texts[id], expected, place.unit ?? 'money', `${what} ${place.key} at ${id}`);
    }
    if (place.table) {
      shown.columns[place.table][dictionary.column[place.column]]
        .forEach((text, k) => expectShown(text, expected[k], 'money', `${what} ${place.key}[${k}]`));
    }
    if (calc.conventions) {  // the headline is the chosen convention's value, as its card shows it
      const chosen = await byTestId(page, 'convention-switch').inputValue();
      const card = await textOf(page, `result-clv.${chosen}`);
      assert.equal(shown.texts['result-value'], card, `${what}: the headline is not convention ${chosen}'s value`);
    }
  }
  await expectNoBadText(page);
}

let env;
before(async () => { env = await startEnvironment(); });
after(async () => { await env?.close(); });

test('the presets are the worked examples: same inputs, expected numbers copied from them', () => {
  assert.ok(presets.length > 0);
  for (const preset of presets) {
    const example = cases.get(preset.id);
    assert.ok(example, `preset ${preset.id} is not a worked example`);
    const inputs = preset.request.inputs;
    for (const [name, value] of Object.entries(example.inputs)) {
      assert.deepEqual(inputs[requestName[name] ?? name], value, `${preset.id}: input ${name}`);
    }
    const mapped = new Set(Object.keys(example.inputs).map((n) => requestName[n] ?? n));
    for (const name of Object.keys(inputs)) {
      if (name !== 'period' && !openedOn[preset.id]?.includes(name)) assert.ok(mapped.has(name), `${preset.id}: input ${name} is not in the worked example`);
    }
    assert.deepEqual(preset.expected, example.expected, `${preset.id}: the copied expected numbers`);
    assert.ok(shownAt[preset.id], `${preset.id}: this suite does not know where its numbers show`);
  }
});

// One page, as a student would use it: Chinese from the browser's language, then English by the
// page's own switch (so nothing Chinese may be left over in English).
test('every preset gives the worked example\'s numbers, in zh-CN and then in en', async (t) => {
  const session = await openSession(env, { locale: 'zh-CN' });
  t.after(() => session.close());
  const { page } = session;
  await openPage(session, env);
  for (const lang of ['zh-CN', 'en']) {
    if (lang !== 'zh-CN') await switchLanguage(page, lang);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    for (const preset of presets) await checkPreset(page, preset, lang);
  }
  await expectNoProblems(session);
});
