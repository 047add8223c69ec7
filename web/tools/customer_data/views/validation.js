// "Validation": the fitted purchase model against what the customers did in the holdout, the
// four plots of Fader, Hardie & Lee (2005): holdout purchases by calibration frequency, the
// cumulative and the per-period repeat purchases (actual vs model), the frequency histogram,
// and P(alive) against recency. Each chart has its numbers in a table below it. Every number is
// the core's (validate_model); percent axes are a display scale. Without a holdout: how to set one.
import { t } from '../../../i18n/i18n.js';
import { h, setText } from '../../../ui/dom.js';
import { createChart } from '../../../ui/charts.js';

const ACTUAL = '#1d2330';
const MODEL = '#2f6fde';
const PLOTS = ['conditional', 'cumulative', 'per_period', 'histogram', 'p_alive'];

function plotPart(name) {
  const caption = h('figcaption');
  const box = h('div.chart', { dataset: { testid: `data-valid-chart-${name}` } });
  const table = h('table.period-table.data-table', { dataset: { testid: `data-valid-table-${name}` } });
  const summary = h('summary');
  const node = h('figure.chart-figure.data-valid-figure', [caption, box, h('details', [summary, h('div.table-wrap', [table])])]);
  return { name, node, caption, summary, table, chart: createChart(box) };
}

function fillTable(table, heads, rows) {
  const head = h('tr', heads.map((text) => h('th', { scope: 'col', textContent: text })));
  table.replaceChildren(h('thead', [head]), h('tbody', rows.map((cells) => h('tr', cells.map((text) => h('td', { textContent: text }))))));
}

// The x values, series and table of each plot, from the core's columns.
function plotSpecs(r, unitWord, fmt) {
  const last = r.max_frequency;
  const bin = (v) => (v === last ? `${last}+` : String(v));
  const words = (key, params) => t('data_valid', key, params);
  const actual = words('actual');
  const modelled = words(`model_${r.model}`);
  const c = r.conditional, hist = r.histogram, tr = r.tracking, a = r.p_alive_by_recency;
  const pct = (v) => (v === null ? null : v * 100);
  const specs = {
    conditional: { x: c.frequency, xTick: (v) => (Number.isInteger(v) ? bin(v) : ''), yDecimals: 1, xLabel: words('x_frequency'),
      yLabel: words('y_holdout_purchases'), series: [[actual, c.actual, ACTUAL], [modelled, c.model, MODEL]],
      heads: [words('x_frequency'), words('col_customers'), actual, modelled],
      rows: c.frequency.map((f, i) => [bin(f), fmt.plain(c.customers[i], 0), fmt.plain(c.actual[i], 3), fmt.plain(c.model[i], 3)]) },
    histogram: { x: hist.frequency, xTick: (v) => (Number.isInteger(v) ? bin(v) : ''), xLabel: words('x_frequency'),
      yLabel: words('y_customers'), series: [[actual, hist.actual, ACTUAL], [modelled, hist.model, MODEL]],
      heads: [words('x_frequency'), actual, modelled],
      rows: hist.frequency.map((f, i) => [bin(f), fmt.plain(hist.actual[i], 0), fmt.plain(hist.model[i], 1)]) },
    p_alive: { x: a.recency, yDecimals: 0, xLabel: words('x_recency', { unit: unitWord }), yLabel: words('y_percent'),
      series: [[words('mean_p_alive'), a.mean_p_alive.map(pct), MODEL], [words('share_bought'), a.share_bought_in_holdout.map(pct), ACTUAL]],
      heads: [words('x_recency', { unit: unitWord }), words('col_customers'), words('mean_p_alive'), words('share_bought')],
      rows: a.recency.map((x, i) => [fmt.plain(x, 0), fmt.plain(a.customers[i], 0), fmt.share(a.mean_p_alive[i]), fmt.share(a.share_bought_in_holdout[i])]) },
  };
  if (tr) {
    const time = words('x_time', { unit: unitWord });
    specs.cumulative = { x: tr.time, xLabel: time, yLabel: words('y_repeat_purchases'),
      series: [[actual, tr.actual_cumulative, ACTUAL], [modelled, tr.model_cumulative, MODEL]],
      heads: [time, actual, modelled], rows: tr.time.map((x, i) => [fmt.plain(x, 2), fmt.plain(tr.actual_cumulative[i], 0), fmt.plain(tr.model_cumulative[i], 1)]) };
    specs.per_period = { x: tr.time, xLabel: time, yLabel: words('y_repeat_purchases'),
      series: [[actual, tr.actual, ACTUAL], [modelled, tr.model, MODEL]],
      heads: [time, actual, modelled], rows: tr.time.map((x, i) => [fmt.plain(x, 2), fmt.plain(tr.actual[i], 0), fmt.plain(tr.model[i], 1)]) };
  }
  return specs;
}

function drawPlot(part, spec, fmt, captionParams) {
  part.node.hidden = !spec;
  if (!spec) { part.chart.clear(); return; }
  setText(part.caption, t('data_valid', `title_${part.name}`, captionParams));
  setText(part.summary, t('data_valid', 'numbers'));
  fillTable(part.table, spec.heads, spec.rows);
  part.chart.show({ x: spec.x, xTick: spec.xTick, yDecimals: spec.yDecimals, fmt, xLabel: spec.xLabel, yLabel: spec.yLabel,
    series: spec.series.map(([label, values, color]) => ({ label, values, color, dash: color === MODEL ? [6, 4] : undefined })) });
}

export function createValidation(root) {
  const title = h('h2.card-title');
  const about = h('p.hint', { dataset: { testid: 'data-valid-about' } });
  const note = h('p.notes.data-valid-note', { dataset: { testid: 'data-valid-no-holdout' } });
  const problems = h('ul.notes.problems', { dataset: { testid: 'data-valid-problems' } });
  const totals = h('dl.result-list');
  const parts = PLOTS.map(plotPart);
  const grid = h('div.data-valid-grid', parts.map((p) => p.node));
  root.replaceChildren(title, about, note, problems, totals, grid);
  root.hidden = true;

  function render(state, fmt) {
    root.hidden = state.status === 'hidden';
    if (root.hidden) return;
    setText(title, t('data_valid', 'title'));
    note.hidden = state.status !== 'no_holdout';
    setText(note, note.hidden ? '' : t('data_valid', state.source === 'summary' ? 'no_holdout_summary' : 'no_holdout'));
    problems.hidden = state.status !== 'problems';
    problems.replaceChildren(...(state.problems ?? []).map((p) => h('li', p)));
    const ready = state.status === 'ready';
    about.hidden = !ready;
    totals.hidden = !ready;
    grid.hidden = !ready;
    if (!ready) { parts.forEach((p) => p.chart.clear()); return; }
    const r = state.response.result;
    const unitWord = t('data_choice', `unit_plural.${state.timeUnit}`);
    setText(about, t('data_valid', 'about', { model: t('data_fit', `short_${r.model}`), duration: fmt.plain(r.duration_holdout, 1), unit: unitWord, end: state.calibrationEnd }));
    totals.replaceChildren(...[['predicted_holdout_purchases', 1], ['actual_holdout_purchases', 0]].map(([key, digits]) => h('div.result-row', [
      h('dt', t('data_valid', key)), h('dd', { dataset: { testid: `data-valid-${key}` }, textContent: fmt.plain(r.totals[key], digits) })])));
    const specs = plotSpecs(r, unitWord, fmt);
    const captionParams = { duration: fmt.plain(r.duration_holdout, 1), unit: unitWord, end: fmt.plain(r.tracking?.calibration_end ?? 0, 1) };
    for (const part of parts) drawPlot(part, specs[part.name], fmt, captionParams);
  }
  return { render };
}
