// Scenarios: up to four named variants of the client's model (the dashboard's inputs with some
// changed), evaluated in one request by the core, side by side with the base: each outcome of
// the lead convention with its change against the base (absolute and relative, the core's),
// a bar per scenario of its profit per customer, each scenario's worked steps. The base is the
// dashboard as it is, so every lever moved there moves every scenario.
import { t, language } from '../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../ui/dom.js';
import { renderSteps } from '../../ui/steps.js';
import { warningText, problemText } from '../../ui/messages.js';
import { formTexts } from './answer.js';
import { scenarioRows, scenariosRequest, changeableFields, placeOf } from './scenario-request.js';
import { createScenarioEditor } from './views/scenario-editor.js';
import { createStackedBars, PALETTE } from './views/stacked-bars.js';
import { pngButton, csvButton } from './views/exports.js';
import { answerLoop } from './loop.js';
import { setTable } from './slice.js';
import { fmtOf } from './unit-economics.js';

const TILE_WORDS = new Set(['cac', 'retention_cost_per_customer', 'clv', 'profit', 'ltv_to_cac', 'payback_period']);
const outcomeLabel = (o, period) => (TILE_WORDS.has(o) ? t('wb_tile', o, { period: t('period', period) }) : t('name', o, { period: t('period', period) }));

// "+$56.57 (+69.47 %)": the core's change and relative change of one outcome.
function deltaText(s, o, unit, fmt) {
  const change = s.changes?.[o];
  if (typeof change !== 'number') return '';
  const sign = change > 0 ? '+' : '';
  const abs = unit === 'ratio' ? `${sign}${fmt.plain(change, 2)}` : `${sign}${fmt.value(unit, change)}`;
  const rel = s.relative_changes?.[o];
  return typeof rel === 'number' ? `${abs} (${sign}${fmt.share(rel)})` : abs;
}

function renderTable(table, result, units, fmt, period) {
  const columns = [result.base, ...result.scenarios];
  const key = `${language()}|${period}|${columns.map((c) => c.name).join('|')}`;
  if (table.dataset.key !== key) {
    table.dataset.key = key;
    table.replaceChildren(h('thead', [h('tr', [h('th', { scope: 'col', textContent: t('wb', 'scn_outcome') }),
      h('th', { scope: 'col', textContent: t('wb', 'scn_base') }), ...result.scenarios.map((s) => h('th', { scope: 'col', textContent: s.name }))])]),
    h('tbody'));
  }
  syncChildren(table.tBodies[0], result.outcomes, (o) => o,
    (o) => h('tr', { dataset: { outcome: o } }, [h('th', { scope: 'row' }), ...columns.map((_, j) => h('td', [
      h('span.wb-scn-value', { dataset: { testid: `wb-scn-out-${j === 0 ? 'base' : j - 1}-${o}` } }), h('span.wb-scn-delta')]))]),
    (tr, o) => {
      setText(tr.cells[0], outcomeLabel(o, period));
      columns.forEach((c, j) => {
        const cell = tr.cells[j + 1];
        setText(cell.firstElementChild, fmt.value(units.get(o), c[o]));
        const delta = j === 0 ? '' : deltaText(c, o, units.get(o), fmt);
        setText(cell.lastElementChild, delta);
        cell.lastElementChild.dataset.testid = j === 0 ? '' : `wb-scn-delta-${j - 1}-${o}`;
      });
    });
}

// The comparison as CSV: an outcome per row, the base and each scenario's value and change.
export function scenariosCsv(result) {
  if (!result) return null;
  const head = ['outcome', 'base', ...result.scenarios.flatMap((s) => [s.name, `${s.name} change`, `${s.name} relative change`])];
  return [head, ...result.outcomes.map((o) => [o, result.base[o],
    ...result.scenarios.flatMap((s) => [s[o], s.changes?.[o] ?? '', s.relative_changes?.[o] ?? ''])])];
}

function stepsBlocks(box, result, fmt, period) {
  const all = result ? [result.base, ...result.scenarios] : [];
  syncChildren(box, all, (s) => `${language()}|${s.name}`,
    (s) => h('details.wb-section-steps', [h('summary', t('wb', 'scn_steps', { name: s.name === 'base' ? t('wb', 'scn_base') : s.name })), h('ol.steps')]),
    (node, s) => renderSteps(node.lastElementChild, s.steps ?? [], fmt, period, 4));
}

function layout(section) {
  const body = section.querySelector('.wb-section-body');
  const p = {
    table: h('table.period-table.wb-result-table.wb-scn-table', { dataset: { testid: 'wb-scn-table' } }),
    problems: h('ul.notes.problems', { hidden: true, dataset: { testid: 'wb-scn-problems' } }),
    warnings: h('ul.notes.warnings', { hidden: true }),
    steps: h('div.wb-scn-steps'),
    stale: h('span.stale-badge', { hidden: true, dataset: { testid: 'wb-stale-scenarios', i18nWb: 'stale' }, textContent: t('wb', 'stale') }),
  };
  section.querySelector('.card-head').append(p.stale);
  return { body, p };
}

export function mountScenarios({ section, store, engine, calcs }) {
  section.hidden = false;
  const { body, p } = layout(section);
  const ue = calcs.byForm.ue;
  const described = calcs.byName.get('scenarios');
  const units = new Map(described.results.find((r) => r.name === 'base').fields.map((f) => [f.name, f.unit]));
  const max = described.fields.find((f) => f.name === 'variants').max_items ?? 4;
  const rows = () => scenarioRows(store.get().workbench, store.get().lang);
  const editor = createScenarioEditor({ fields: changeableFields(ue), max, rows, onRows: (next) => setTable(store, 'scenarios', next),
    startText: (name) => formTexts(store.get().workbench, ue, store.get().period)[name] ?? '' });
  const chart = createStackedBars('wb-scn-chart');
  body.append(editor.node, h('div.table-wrap', [p.table]), chart.node, p.warnings, p.problems, p.steps);
  pngButton(section, store, { testid: 'wb-scn-png', chart, name: 'scenarios' });
  let loop = null;
  csvButton(section, store, { testid: 'wb-scn-csv', name: 'scenarios', rows: () => scenariosCsv(loop.good()?.result) });

  function show(state, response, good, isStale) {
    const fmt = fmtOf(state);
    const places = (response?.problems ?? []).map((problem) => ({ ...placeOf(problem.field), problem }));
    editor.render({ rows: scenarioRows(state.workbench, state.lang), problems: places.filter((x) => x.scenario !== undefined), fmt, period: state.period });
    const r = good?.result;
    if (r) {
      renderTable(p.table, r, units, fmt, state.period);
      chart.render({ title: t('wb', 'scn_chart'), parts: [{ key: 'profit', label: outcomeLabel('profit', state.period), color: PALETTE[0] }],
        rows: [r.base, ...r.scenarios].map((s, j) => ({ key: `s${j}`, label: j === 0 ? t('wb', 'scn_base') : s.name,
          text: fmt.value('money', s.profit), parts: [{ key: 'profit', value: s.profit, text: fmt.value('money', s.profit) }] })) });
    }
    stepsBlocks(p.steps, r, fmt, state.period);
    // The dashboard's own problems show at its fields: here one line says the base is bad.
    const general = places.filter((x) => x.scenario === undefined && !x.base).map((x) => problemText(x, null, fmt));
    if (places.some((x) => x.base)) general.unshift(t('wb', 'scn_base_problem'));
    p.problems.replaceChildren(...general.map((text) => h('li.problem', text)));
    p.problems.hidden = general.length === 0;
    p.warnings.replaceChildren(...(good?.warnings ?? []).map((w) => h('li.warning', warningText(w, fmt))));
    p.warnings.hidden = !good?.warnings?.length;
    p.stale.hidden = !isStale;
    section.classList.toggle('is-stale', isStale);
  }

  loop = answerLoop(store, engine, {
    key: (s) => [s.words, s.currency, s.period, s.lang, s.workbench.forms.ue, s.workbench.choices.lead, s.workbench.tables.scenarios],
    request: (s) => scenariosRequest(s, calcs),
    show,
  });
  loop.run();
  return { current: loop.current, good: loop.good };
}
