// "Fit a model": the model (from the core's list), Fit, and for each model fitted its parameters
// under the papers' symbols with standard errors, the log-likelihood, convergence with the
// iterations, and the warnings in words. Then each customer's prediction: horizon, margin and
// discount rate, the top customers by predicted value, a CSV of all, and why one-time buyers
// have P(alive) = 1 under BG/NBD.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { dataWarningText as warningText } from './problems.js';
import { tiersPart } from './tiers.js';

const field = (label, control) => h('label.data-field', [h('span.data-label', label), control]);
const table = (testid, head, rows) => h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid } }, [h('thead', [head]), h('tbody', rows)])]);

export function fitBlock(name, response, fmt) {
  const r = response.result;
  const head = h('tr', ['param', 'value', 'standard_error'].map((c) => h('th', { scope: 'col', textContent: t('data_fit', c) })));
  const rows = Object.entries(r.params).map(([symbol, value]) => h('tr', [h('th', { scope: 'row', textContent: symbol }),
    h('td', { dataset: { testid: `data-param-${name}-${symbol}` }, textContent: fmt.plain(value, 4) }),
    h('td', { dataset: { testid: `data-se-${name}-${symbol}` }, textContent: fmt.plain(r.standard_errors?.[symbol], 4) })]));
  const facts = [['log_likelihood', fmt.plain(r.log_likelihood, 4)], ['converged', t('data_fit', r.converged ? 'yes' : 'no')],
    ['iterations', fmt.plain(r.iterations, 0)], ['fit_customers', fmt.plain(r.customers, 0)]]
    .map(([key, text]) => h('div.result-row', [h('dt', t('data_fit', key)), h('dd', { dataset: { testid: `data-fit-${name}-${key}` }, textContent: text })]));
  return [h('h3.table-title', t('data_fit', `model_${name}`)), table(`data-params-${name}`, head, rows), h('dl.result-list', facts),
    h('ul.notes.warnings', { hidden: response.warnings.length === 0 }, response.warnings.map((w) => h('li', warningText(w, fmt))))];
}

function topTable(rows, fmt) {
  const names = ['id', 'frequency', 'p_alive', 'expected_purchases', 'clv'];
  const head = h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('data_fit', `col_${c}`) })));
  const body = rows.map((row) => h('tr', names.map((c) => h('td', { textContent: c === 'id' ? row.id
    : c === 'p_alive' ? fmt.share(row.p_alive) : c === 'clv' ? fmt.value('money', row.clv) : fmt.plain(row[c], 2) }))));
  return table('data-top', head, body);
}

function predictPart(state, fmt, handlers) {
  const inputs = Object.fromEntries(['horizon', 'margin', 'discount_rate'].map((name) => [name,
    h('input', { type: 'text', inputMode: 'decimal', value: state.settings[name], dataset: { testid: `data-${name}` } })]));
  const predict = h('button.button', { type: 'button', dataset: { testid: 'data-predict' }, textContent: t('data_fit', 'predict'),
    onclick: () => handlers.onPredict(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.value.trim()]))) });
  const parts = [h('h3.table-title', t('data_fit', 'predict_title', { model: t('data_fit', `short_${state.purchaseModel}`) })),
    h('div.data-grid', Object.entries(inputs).map(([name, input]) => field(t('data_fit', name), input))), h('div.data-actions', [predict])];
  const p = state.prediction;
  if (!p) return parts;
  const totals = p.response.result.totals;
  const facts = [['total_clv', fmt.value('money', totals.clv)], ['total_expected_purchases', fmt.plain(totals.expected_purchases, 2)],
    ['mean_p_alive', fmt.share(totals.mean_p_alive)]].map(([key, text]) => h('div.result-row', [h('dt', t('data_fit', key)),
    h('dd', { dataset: { testid: `data-${key}` }, textContent: text })]));
  return parts.concat([h('dl.result-list', facts),
    h('ul.notes.warnings', { hidden: p.response.warnings.length === 0 }, p.response.warnings.map((w) => h('li', warningText(w, fmt)))),
    h('h3.table-title', t('data_fit', 'top_title', { n: fmt.plain(p.top.length, 0) })), topTable(p.top, fmt),
    ...tiersPart(p.response.result.distribution, fmt, handlers),
    h('p.hint', { hidden: state.purchaseModel !== 'bg_nbd', dataset: { testid: 'data-one-time-note' }, textContent: t('data_fit', 'one_time_note') }),
    h('div.data-actions', [h('button.button', { type: 'button', dataset: { testid: 'data-download-predictions' },
      textContent: t('data_fit', 'download'), onclick: () => handlers.onDownload() })])]);
}

// handlers: {onModel(model), onFit(), onPredict(settings), onDownload(), onDownloadTiers(), onOpenWorkbench()}
export function createFit(root, handlers) {
  function render(state, fmt) {
    root.hidden = !state.available;
    if (!state.available) return;
    const model = h('select', { dataset: { testid: 'data-model' } }, state.models.map((m) => h('option', { value: m, textContent: t('data_fit', `model_${m}`) })));
    model.value = state.model;
    model.addEventListener('change', () => handlers.onModel(model.value));
    const fit = h('button.button.primary', { type: 'button', disabled: !state.ready, dataset: { testid: 'data-fit' }, textContent: t('data_fit', 'fit'), onclick: () => handlers.onFit() });
    const parts = [h('h2.card-title', t('data_fit', 'title')), h('p.hint', t('data_fit', state.ready ? 'about' : 'needs_summary')),
      h('div.data-grid.wide', [field(t('data_fit', 'model'), model)]), h('div.data-actions', [fit]),
      h('ul.notes.problems', { hidden: state.problems.length === 0, dataset: { testid: 'data-fit-problems' } }, state.problems.map((p) => h('li', p)))];
    for (const [name, response] of Object.entries(state.fits)) if (response?.ok) parts.push(...fitBlock(name, response, fmt));
    if (state.purchaseModel && state.fits[state.purchaseModel]?.ok) parts.push(...predictPart(state, fmt, handlers));
    root.replaceChildren(...parts);
  }
  return { render };
}
