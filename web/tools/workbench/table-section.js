// A part of the dashboard built on a table (segments, satisfaction indicators): the calculation's
// other inputs as a small form, the editable table with the core's per-row results beside the
// typed cells, every other described result, an optional chart, steps, warnings and problems at
// their cells. One request per change; the last good answer kept, marked stale, while bad.
import { t, language } from '../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../ui/dom.js';
import { renderSteps } from '../../ui/steps.js';
import { warningText, problemText } from '../../ui/messages.js';
import { shallowEqual } from '../../app/store.js';
import { buildRequest } from '../calculator/request.js';
import { createInputs } from '../calculator/views/inputs.js';
import { formTexts, demoFields } from './answer.js';
import { createResultView } from './views/result-view.js';
import { createTableEditor } from './views/table-editor.js';
import { rowObjects, splitTableProblems } from './table-request.js';
import { tableRows } from './tables.js';
import { answerLoop } from './loop.js';
import { setForm, setTable } from './slice.js';
import { fmtOf } from './unit-economics.js';

function notes(list, items, key, text) {
  syncChildren(list, items, (x) => `${language()}|${key(x)}`, () => h('li'), (li, x) => setText(li, text(x)));
  list.hidden = items.length === 0;
}

// The cell words for a per-row result: a number by its unit, a word by the catalogue.
const outText = (spec) => (row, fmt) => (spec.kind === 'choice' ? (row[spec.name] ? t('choice', `${spec.name}.${row[spec.name]}`) : '')
  : row[spec.name] === null || row[spec.name] === undefined ? '—' : fmt.value(spec.unit, row[spec.name]));

// table: describeTables()'s entry; calc: the descriptor of the other inputs' form (or null);
// rowResults: the described per-row result list; chart: {node, render(state, response, fmt)};
// outputs(result) -> [row result] aligned with the rows.
// extend(state, request) / extendKey(state): inputs the section takes from elsewhere.
export function createTableSection({ section, store, engine, table, calc, rowResults, outputs, chart, isLoss, skip = [],
                                     extend = (s, r) => r, extendKey = () => [] }) {
  section.hidden = false;
  const { page, columns } = table;
  const body = section.querySelector('.wb-section-body');
  const stale = h('span.stale-badge', { hidden: true, textContent: t('wb', 'stale'), dataset: { testid: `wb-stale-${page.table}`, i18nWb: 'stale' } });
  section.querySelector('.card-head').append(stale);
  const form = h('form.inputs.wb-row-form', { noValidate: true, autocomplete: 'off', dataset: { testid: `wb-form-${page.form}` } });
  const inputs = calc ? createInputs(form, { onInput: (name, text) => setForm(store, page.form, name, text) }) : null;
  const rowsOf = () => tableRows(store.get().workbench, page, store.get().lang);
  const editor = createTableEditor({
    table: page.table, columns,
    results: rowResults.map((r) => ({ name: r.name, kind: r.kind, text: r.text ?? outText(r) })),
    rows: rowsOf, onRows: (rows) => setTable(store, page.table, rows),
    onCell: (i, column, text) => setTable(store, page.table, rowsOf().map((row, k) => (k === i ? { ...row, [column]: text } : row))),
    headerWords: () => Object.fromEntries(columns.map((c) => [c.name, t('wb_paste', c.name)])),
    isLoss,
  });
  const view = createResultView(table.spec.results, { skip, testPrefix: `wb-${page.table}` });
  const warnings = h('ul.notes.warnings', { hidden: true });
  const problems = h('ul.notes.problems', { hidden: true });
  const steps = h('ol.steps', { dataset: { testid: `wb-steps-${page.table}` } });
  body.append(form, ...editor.nodes, h('div.wb-cols', [view.node, chart?.node ?? h('div')]), warnings, problems,
              h('details.wb-section-steps', [h('summary', { dataset: { i18nWb: 'steps' }, textContent: t('wb', 'steps') }), steps]));

  function request(state) {
    const base = calc ? buildRequest(calc, formTexts(state.workbench, calc, state.period), { period: state.period })
      : { version: 1, calculation: page.id, inputs: {} };
    base.calculation = page.id;
    base.inputs[page.field] = rowObjects(columns, tableRows(state.workbench, page, state.lang));
    return extend(state, base);
  }

  function show(state, response, good, isStale) {
    const fmt = fmtOf(state);
    const split = splitTableProblems(response?.problems, page.field, inputs?.knows, new Set(columns.map((c) => c.name)));
    if (inputs) {
      inputs.refresh(formTexts(state.workbench, calc, state.period), demoFields(state.workbench, calc));
      inputs.showProblems(split.own, fmt);
    }
    const result = good?.result ?? null;
    editor.render({ texts: tableRows(state.workbench, page, state.lang), outputs: result ? outputs(result) : [],
                    problems: split.cells, fmt, period: state.period });
    view.render(result, fmt, state.period);
    chart?.render(state, good, fmt);
    renderSteps(steps, good?.steps ?? [], fmt, state.period, 4);
    notes(warnings, good?.warnings ?? [], (w) => w.code, (w) => warningText(w, fmt));
    const general = [...split.rows.map((r) => ({ ...r, prefix: t('wb', 'row_n', { n: r.row + 1 }) })), ...split.general];
    notes(problems, general, (x) => `${x.row ?? ''}|${x.problem.code}|${x.problem.field}`,
      (x) => `${x.prefix ?? ''}${problemText(x, null, fmt)}`);
    stale.hidden = !isStale;
    section.classList.toggle('is-stale', isStale);
  }

  const loop = answerLoop(store, engine, {
    key: (s) => [s.words, s.currency, s.period, s.workbench.tables[page.table], s.workbench.forms[page.form], ...extendKey(s)],
    request, show,
  });
  let formKey = null;
  const rebuild = (s) => {
    const next = [s.words, s.currency, s.period];
    if (!inputs || shallowEqual(next, formKey)) return;
    formKey = next;
    const fmt = fmtOf(s);
    inputs.build({ calc, raw: formTexts(s.workbench, calc, s.period), period: s.period, idScope: `wb-${page.form}`,
                   currencySymbol: fmt.currencySymbol, fmt });
  };
  store.subscribe(rebuild);
  rebuild(store.get());
  loop.run();
  return { current: loop.current, good: loop.good };
}
