// "Contract retention (sBG)": a survivor curve typed or pasted (customers left at the start and
// after each period), the periods to project, Fit and the published example; then α, β with
// their standard errors and the log-likelihood, the survivors and the retention rates, actual
// beside fitted and projected, as two charts and a table. Every number is the core's.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { createChart } from '../../../ui/charts.js';
import { fitBlock } from './fit.js';

const ACTUAL = '#2f6fde';
const FITTED = '#d9822b';
// A rate in percent for a chart's axis: a display scale.
const percent = (v) => (typeof v === 'number' ? v * 100 : null);

function projectionTable(shown, fmt) {
  const p = shown.response.result.projection;
  const observed = p.observed_retention_rate ?? [];
  const names = ['period', 'actual', 'fitted', 'actual_rate', 'fitted_rate'];
  const head = h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('data_models', `col_${c}`) })));
  const rows = p.survivors.map((fitted, k) => h('tr', { className: k >= shown.survivors.length ? 'projected' : '' }, [
    h('th', { scope: 'row', textContent: fmt.plain(k, 0) }),
    h('td', { textContent: k < shown.survivors.length ? fmt.plain(shown.survivors[k], 2) : '—' }),
    h('td', { dataset: { testid: `data-sbg-fitted-${k}` }, textContent: fmt.plain(fitted, 1) }),
    h('td', { textContent: k > 0 && k < observed.length ? fmt.share(observed[k]) : '—' }),
    h('td', { dataset: { testid: `data-sbg-rate-${k}` }, textContent: k > 0 ? fmt.share(p.retention_rate[k]) : '—' })]));
  return h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-sbg-projection' } }, [h('thead', [head]), h('tbody', rows)])]);
}

function drawCharts(charts, shown, fmt) {
  const p = shown.response.result.projection;
  const x = p.survivors.map((_, k) => k);
  const actual = x.map((k) => (k < shown.survivors.length ? shown.survivors[k] : null));
  charts.survivors.show({ x, fmt, xLabel: t('data_models', 'axis_period'), yLabel: t('data_models', 'axis_survivors'),
    series: [{ label: t('data_models', 'series_actual'), values: actual, color: ACTUAL },
             { label: t('data_models', 'series_fitted'), values: p.survivors, color: FITTED, dash: [5, 4] }] });
  const observed = p.observed_retention_rate ?? [];
  charts.rates.show({ x: x.slice(1), fmt, xLabel: t('data_models', 'axis_period'), yLabel: t('data_models', 'axis_rate'),
    series: [{ label: t('data_models', 'series_actual'), values: x.slice(1).map((k) => percent(observed[k])), color: ACTUAL },
             { label: t('data_models', 'series_fitted'), values: p.retention_rate.slice(1).map(percent), color: FITTED, dash: [5, 4] }] });
}

// handlers: {onFit({text, projection}), onExample()}
export function createRetention(root, handlers) {
  const text = h('textarea', { rows: 3, spellcheck: false, dataset: { testid: 'data-sbg-survivors' } });
  const projection = h('input', { type: 'text', inputMode: 'numeric', dataset: { testid: 'data-sbg-projection-periods' } });
  const read = () => ({ text: text.value, projection: projection.value.trim() });
  const fit = h('button.button.primary', { type: 'button', dataset: { testid: 'data-sbg-fit' }, onclick: () => handlers.onFit(read()) });
  const example = h('button.button', { type: 'button', dataset: { testid: 'data-sbg-example' }, onclick: () => handlers.onExample() });
  const labels = { title: h('h2.card-title'), about: h('p.hint'), text: h('span.data-label'), projection: h('span.data-label') };
  const problems = h('ul.notes.problems', { hidden: true, dataset: { testid: 'data-sbg-problems' }, attrs: { role: 'alert' } });
  const result = h('div.model-result');
  const figure = (testid) => { const box = h('div.chart', { dataset: { testid } }); return { box, node: h('figure.chart-figure', [h('figcaption'), box]) }; };
  const figures = { survivors: figure('data-sbg-chart-survivors'), rates: figure('data-sbg-chart-rates') };
  const charts = { survivors: createChart(figures.survivors.box), rates: createChart(figures.rates.box) };
  const plots = h('div.model-charts', { hidden: true }, [figures.survivors.node, figures.rates.node]);
  root.replaceChildren(labels.title, labels.about, h('label.data-field.model-text', [labels.text, text]),
    h('div.data-grid', [h('label.data-field', [labels.projection, projection])]), h('div.data-actions', [fit, example]),
    problems, result, plots, h('div.model-table'));

  const set = { text: null, projection: null };
  function render(state, fmt) {
    labels.title.textContent = t('data_models', 'sbg_title');
    labels.about.textContent = t('data_models', 'sbg_about');
    labels.text.textContent = t('data_field', 'survivors');
    labels.projection.textContent = t('data_field', 'projection_periods');
    text.placeholder = t('data_models', 'sbg_placeholder');
    fit.textContent = t('data_fit', 'fit');
    example.textContent = t('data_models', 'sbg_example');
    // What the user is typing stays: the boxes change only when the state's text does (an example).
    if (state.text !== set.text) text.value = set.text = state.text;
    if (state.projection !== set.projection) projection.value = set.projection = state.projection;
    problems.hidden = state.problems.length === 0;
    problems.replaceChildren(...state.problems.map((p) => h('li', p)));
    plots.hidden = !state.shown;
    root.lastElementChild.replaceChildren(...(state.shown ? [h('h3.table-title', t('data_models', 'projection_title')), projectionTable(state.shown, fmt)] : []));
    if (!state.shown) { result.replaceChildren(); return; }
    result.replaceChildren(...fitBlock('sbg', state.shown.response, fmt));
    figures.survivors.node.firstChild.textContent = t('data_models', 'chart_survivors');
    figures.rates.node.firstChild.textContent = t('data_models', 'chart_rates');
    drawCharts(charts, state.shown, fmt);
  }
  return { render };
}
