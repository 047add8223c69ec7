// The period-by-period cards, the chart and the cost breakdown sit below the answer and cost
// more to draw than everything else: their modules load after the first answer, and they are
// drawn once per frame, however fast the keystrokes come.
import { t } from '../../i18n/i18n.js';
import { makeFormat } from '../../ui/format.js';
import { byTestId } from '../../ui/dom.js';
import { chosenConvention } from './answer.js';
import { markDone } from './marks.js';

export function createExtras(root, getState, calcs) {
  const scheduleCard = root.querySelector('.schedule-card-wrap');
  const breakdownCard = root.querySelector('.breakdown-card');
  let modules = null;
  let frame = 0;
  let pending = null;  // {calc, result} to draw at the next frame
  let chart = null;    // created on the first chart; uPlot itself loads on first draw
  const listeners = new Set();

  const load = () => (modules ??= Promise.all([import('./views/schedule.js'), import('../../ui/charts.js'), import('./views/breakdown.js')])
    .then(([schedule, charts, breakdown]) => ({ schedule, charts, breakdown })));

  function draw(m) {
    const started = performance.now();
    const { calc, result } = pending;
    const state = getState();
    const fmt = makeFormat(state.lang, state.currency, state.period);
    scheduleCard.hidden = !(calc.conventions || calc.table) || !result;
    const spec = m.schedule.renderSchedule(byTestId(root, 'schedule'),
      { calc, result, fmt, period: state.period, convention: chosenConvention(state.calculator, calcs), conventions: calcs.conventions });
    let drawn = null;
    if (spec) {
      chart ??= m.charts.createChart(byTestId(root, 'chart'));
      drawn = chart.show(spec);
    } else chart?.clear();
    breakdownCard.hidden = !((calc.shares || calc.families) && m.breakdown.renderBreakdown(byTestId(root, 'breakdown'), { calc, result, fmt }));
    for (const listener of listeners) listener(Boolean(spec));
    // The chart draws in a microtask; the measure follows it (for the keystroke budget).
    Promise.resolve(drawn).then(() => markDone('clvcalc:extras', started));
  }

  // Draws the answer's extras at the next frame; cards the calculation has none of hide at once.
  function schedule(calc, result) {
    pending = { calc, result };
    if (!(calc.conventions || calc.table)) scheduleCard.hidden = true;
    if (!(calc.shares || calc.families)) breakdownCard.hidden = true;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      load().then((m) => { frame = 0; draw(m); }, () => { frame = 0; });
    });
  }

  return {
    schedule,
    chartPng: async () => (chart ? chart.toPng(`${t('calc_name', getState().calculator.calc)} · ${t('ui', 'chart_title')}`) : null),
    hasChart: () => Boolean(chart?.hasChart()),
    onChart: (listener) => listeners.add(listener),
  };
}
