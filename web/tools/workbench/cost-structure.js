// The cost structure over two periods: the five families' items for this period and the previous
// one typed side by side (views/cost-grid.js), this period's acquisition and retention spend and
// its customers taken from the dashboard unless typed here; the core's totals, shares, cost per
// new / retained / all customers, growth per family and the fastest-growing family; a stacked bar
// per period; the worked steps. The last good answer stays, marked stale, while an input is bad.
import { t, language } from '../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../ui/dom.js';
import { renderSteps } from '../../ui/steps.js';
import { warningText, problemText } from '../../ui/messages.js';
import { shallowEqual } from '../../app/store.js';
import { buildRequest } from '../calculator/request.js';
import { createInputs } from '../calculator/views/inputs.js';
import { formTexts, demoFields, linkedFields, splitProblems } from './answer.js';
import { createCostGrid } from './views/cost-grid.js';
import { createStackedBars, PALETTE } from './views/stacked-bars.js';
import { pngButton, csvButton } from './views/exports.js';
import { answerLoop } from './loop.js';
import { setForm } from './slice.js';
import { fmtOf } from './unit-economics.js';

// The numbers beside the chart: [result key, unit].
const FIGURES = [['total', 'money'], ['cost_per_customer', 'money'], ['cost_per_new_customer', 'money'],
  ['cost_per_retained_customer', 'money'], ['total_growth', 'share']];

function skeleton(section) {
  const body = section.querySelector('.wb-section-body');
  const p = {
    note: h('p.example-note', { dataset: { testid: 'wb-cs-note' } }),
    customers: h('form.inputs.wb-row-form', { noValidate: true, autocomplete: 'off', dataset: { testid: 'wb-form-cs' } }),
    figures: h('dl.result-list', { dataset: { testid: 'wb-cs-results' } }),
    fastest: h('p.wb-callout', { dataset: { testid: 'wb-cs-fastest' } }),
    table: h('table.period-table.wb-result-table', { dataset: { testid: 'wb-cs-table' } }),
    warnings: h('ul.notes.warnings', { hidden: true }),
    problems: h('ul.notes.problems', { hidden: true, dataset: { testid: 'wb-cs-problems' } }),
    steps: h('ol.steps', { dataset: { testid: 'wb-steps-cs' } }),
    stale: h('span.stale-badge', { hidden: true, dataset: { testid: 'wb-stale-cs', i18nWb: 'stale' }, textContent: t('wb', 'stale') }),
  };
  section.querySelector('.card-head').append(p.stale);
  return { p, body };
}

// The families' table: this period's total, share and cost per customer, the previous total,
// the change and growth (the core's numbers, rows in the core's order).
const TABLE_COLUMNS = [['total', 'money'], ['share', 'share'], ['cost_per_customer', 'money'],
  ['previous_total', 'money'], ['change', 'money'], ['growth', 'share']];

export function familyRows(result) {
  if (!result) return [];
  const growth = new Map((result.growth ?? []).map((g) => [g.family, g]));
  const rows = result.families.map((f) => ({ family: f.family, total: f.total, share: f.share, cost_per_customer: f.cost_per_customer,
    previous_total: growth.get(f.family)?.previous_total ?? null, change: growth.get(f.family)?.change ?? null,
    growth: growth.get(f.family)?.growth ?? null }));
  rows.push({ family: 'all', total: result.total, share: 1, cost_per_customer: result.cost_per_customer,
              previous_total: result.previous?.total ?? null, change: null,  // the core gives no total change
              growth: result.total_growth ?? null });
  return rows;
}

const familyLabel = (f) => (f === 'all' ? t('wb', 'cs_all') : t('family', f));

function renderTable(table, result, fmt) {
  const rows = familyRows(result);
  const growthOnly = new Set(['previous_total', 'change', 'growth']);
  const shown = TABLE_COLUMNS.filter(([k]) => result?.previous || !growthOnly.has(k));
  const head = [t('wb_column', 'family'), ...shown.map(([k]) => t('wb_column', `cs_${k}`))];
  const key = `${language()}|${head.join('|')}`;
  if (table.dataset.key !== key) {
    table.dataset.key = key;
    table.replaceChildren(h('thead', [h('tr', head.map((x) => h('th', { scope: 'col', textContent: x })))]), h('tbody'));
  }
  syncChildren(table.tBodies[0], rows, (r) => r.family,
    (r) => h('tr', { dataset: { family: r.family } }, [h('th', { scope: 'row' }), ...shown.map(([k]) => h('td', { dataset: { column: k } }))]),
    (tr, r) => {
      setText(tr.cells[0], familyLabel(r.family));
      shown.forEach(([k, unit], i) => setText(tr.cells[i + 1], fmt.value(unit, r[k])));
      tr.classList.toggle('is-fastest', r.family === result.fastest_growing);
    });
  return rows;
}

// The CSV of the families' table: the core's numbers at full precision.
export function costCsv(result) {
  if (!result) return null;
  return [['family', ...TABLE_COLUMNS.map(([k]) => k)], ...familyRows(result).map((r) => [r.family, ...TABLE_COLUMNS.map(([k]) => r[k])])];
}

function chartRows(result, fmt) {
  const period = (key, structure) => ({ key, label: t('wb', `cs_${key}`), text: fmt.value('money', structure.total),
    parts: structure.families.map((f) => ({ key: f.family, value: f.total, text: `${fmt.value('money', f.total)} (${fmt.share(f.share)})` })) });
  const rows = [period('families', result)];
  if (result.previous) rows.push(period('previous_families', result.previous));
  return rows;
}

function notes(list, items, text) {
  list.replaceChildren(...items.map((x) => h('li', text(x))));
  list.hidden = items.length === 0;
}

function showAnswer(p, chart, result, fmt, period) {
  syncChildren(p.figures, result ? FIGURES.filter(([k]) => result[k] !== undefined && result[k] !== null) : [],
    ([k]) => `${language()}|${k}`,
    ([k]) => h('div.result-row', [h('dt', t('name', k, { period: t('period', period) })), h('dd', { dataset: { testid: `wb-cs-${k}` } })]),
    (row, [k, unit]) => setText(row.lastElementChild, fmt.value(unit, result[k])));
  const fastest = result?.fastest_growing ? (result.growth ?? []).find((g) => g.family === result.fastest_growing) : null;
  setText(p.fastest, fastest ? t('wb', 'cs_fastest', { family: t('family', fastest.family), growth: fmt.share(fastest.growth) }) : '');
  p.fastest.hidden = !fastest;
  renderTable(p.table, result, fmt);
  if (result) {
    chart.render({ title: t('wb', 'cs_chart'), rows: chartRows(result, fmt),
                   parts: result.families.map((f, k) => ({ key: f.family, label: t('family', f.family), color: PALETTE[k % PALETTE.length] })) });
  }
}

export function mountCostStructure({ section, store, engine, calc }) {
  section.hidden = false;
  const { p, body } = skeleton(section);
  const onInput = (name, text) => setForm(store, 'cs', name, text);
  const grid = createCostGrid(calc, { onInput });
  const counts = { ...calc, fields: calc.fields.filter((f) => !f.name.includes('.')) };
  const inputs = createInputs(p.customers, { onInput });
  const chart = createStackedBars('wb-cs-chart');
  body.append(p.note, p.customers, grid.node, h('div.wb-cols', [h('div', [p.figures, p.fastest]), chart.node]),
              h('div.table-wrap', [p.table]), p.warnings, p.problems,
              h('details.wb-section-steps', [h('summary', { dataset: { i18nWb: 'steps' }, textContent: t('wb', 'steps') }), p.steps]));
  pngButton(section, store, { testid: 'wb-cs-png', chart, name: 'cost-structure' });
  let loop = null;
  csvButton(section, store, { testid: 'wb-cs-csv', name: 'cost-structure', rows: () => costCsv(loop.good()?.result) });

  function show(state, response, good, isStale) {
    const fmt = fmtOf(state);
    const texts = formTexts(state.workbench, calc, state.period);
    const linked = linkedFields(state.workbench, calc);
    const examples = demoFields(state.workbench, calc);
    inputs.refresh(texts, new Set([...examples].filter((n) => !linked.has(n))));
    const { own, general } = splitProblems(response?.problems, (n) => grid.knows(n) || inputs.knows(n));
    grid.render({ texts, linked, examples, problems: own, fmt });
    inputs.showProblems(own, fmt);
    setText(p.note, t('wb', 'cs_note'));
    showAnswer(p, chart, good?.result ?? null, fmt, state.period);
    renderSteps(p.steps, good?.steps ?? [], fmt, state.period, 4);
    notes(p.warnings, good?.warnings ?? [], (w) => warningText(w, fmt));
    notes(p.problems, general, (x) => problemText(x, null, fmt));
    p.stale.hidden = !isStale;
    section.classList.toggle('is-stale', isStale);
  }

  loop = answerLoop(store, engine, {
    key: (s) => [s.words, s.currency, s.period, s.workbench.forms.cs, s.workbench.forms.ue],
    request: (s) => buildRequest(calc, formTexts(s.workbench, calc, s.period), { period: s.period }),
    show,
  });
  let formKey = null;
  const rebuild = (s) => {
    const next = [s.words, s.currency, s.period];
    if (shallowEqual(next, formKey)) return;
    formKey = next;
    const fmt = fmtOf(s);
    inputs.build({ calc: counts, raw: formTexts(s.workbench, calc, s.period), period: s.period, idScope: 'wb-cs',
                   currencySymbol: fmt.currencySymbol, fmt });
  };
  store.subscribe(rebuild);
  rebuild(store.get());
  loop.run();
  return { current: loop.current, good: loop.good };
}
