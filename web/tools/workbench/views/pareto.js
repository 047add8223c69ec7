// The cumulative-profit (Pareto) curve of the segments: customers ranked by value on the x
// axis, the share of total profit they bring on the y axis, both in percent, with the share the
// top 20 % bring said in words beside it. Drawn with uPlot (ui/charts.js); the points are the
// core's.
import { t } from '../../../i18n/i18n.js';
import { h, setText } from '../../../ui/dom.js';
import { createChart } from '../../../ui/charts.js';

// points: [{customer_share, profit_share}] from the core; shares as fractions.
export function createPareto(testid) {
  const box = h('div.chart', { dataset: { testid } });
  const caption = h('figcaption');
  const note = h('p.wb-pareto-note', { dataset: { testid: `${testid}-top` } });
  const node = h('figure.chart-figure.wb-pareto', [caption, box, note]);
  const chart = createChart(box);
  function render({ points, topShare, fmt }) {
    setText(caption, t('wb', 'pareto_title'));
    setText(note, topShare === null || topShare === undefined ? '' : t('wb', 'pareto_top', { share: fmt.share(topShare) }));
    if (!points?.length) { chart.clear(); return; }
    // Percent for the axes: a display scale, not a computation.
    chart.show({
      x: points.map((p) => p.customer_share * 100),
      series: [{ label: t('wb', 'pareto_series'), values: points.map((p) => p.profit_share * 100), color: '#2f6fde' },
               { label: t('wb', 'pareto_even'), values: points.map((p) => p.customer_share * 100), color: '#9aa3af', dash: [4, 4] }],
      fmt, xLabel: t('wb', 'pareto_x'), yLabel: t('wb', 'pareto_y'),
    });
  }
  return { node, render, toPng: (title) => chart.toPng(title) };
}
