// A small SVG cash-flow timeline: where each period's money is booked (now, end of period 1,
// ...), the nominal amount as a pale bar and its present value as a solid one. Bar heights are
// the core's table values scaled to pixels; nothing else is computed here. The axis is drawn
// once for a shape (where the periods start, how many); a keystroke only moves bars and labels.
import { t } from '../../../i18n/i18n.js';
import { setText } from '../../../ui/dom.js';

const NS = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, text) => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

const SHOWN = 6;  // periods drawn before the ellipsis
const WIDTH = 320, AXIS_Y = 78, LEFT = 22, RIGHT = 296, BAR_H = 52;

function layout(rows) {
  const shown = rows.slice(0, SHOWN);
  const first = Math.min(0, ...shown.map((r) => r.time ?? 0));
  const lastTime = Math.max(...shown.map((r) => r.time ?? 0), SHOWN - 1 + first);
  const x = (time) => LEFT + ((time - first) / Math.max(1, lastTime - first)) * (RIGHT - LEFT - 20);
  return { shown, first, lastTime, x, key: `${shown.map((r) => r.time).join(',')}|${first}|${lastTime}` };
}

function drawAxis(root, shape, period) {
  const booked = shape.shown.map((r) => (r.time === 0 ? t('ui', 'now') : t('ui', 'end_of_period', { n: r.time, period: t('period', period) })));
  root.setAttribute('aria-label', `${t('ui', 'timeline_label')}: ${booked.join(t('ui', 'list_separator'))}`);
  root.replaceChildren(svg('line', { x1: LEFT - 10, y1: AXIS_Y, x2: RIGHT + 14, y2: AXIS_Y, class: 'axis' }),
                       svg('path', { d: `M${RIGHT + 14} ${AXIS_Y} l-6 -4 v8 z`, class: 'axis-head' }));
  for (let time = shape.first; time <= shape.lastTime; time += 1) {
    root.append(svg('line', { x1: shape.x(time), y1: AXIS_Y - 3, x2: shape.x(time), y2: AXIS_Y + 3, class: 'tick' }),
                svg('text', { x: shape.x(time), y: AXIS_Y + 15, class: 'tick-label' }, time === 0 ? t('ui', 'now') : String(time)));
  }
  root.append(svg('text', { x: RIGHT + 6, y: AXIS_Y + 15, class: 'tick-label' }, '…'));
  root.bars = shape.shown.map((row) => {
    const cx = shape.x(row.time ?? 0);
    const bar = { nominal: svg('rect', { x: cx - 7, width: 14, class: 'bar-nominal' }),
                  present: svg('rect', { x: cx - 4, width: 8, class: 'bar-present' }),
                  label: svg('text', { x: cx, class: 'bar-label' }) };
    root.append(bar.nominal, bar.present, bar.label);
    return bar;
  });
  root.append(svg('text', { x: LEFT - 10, y: 104, class: 'unit-label' }, t('ui', 'timeline_axis', { period: t('period', period) })));
}

// An <svg> with update(rows, fmt): rows are table rows with time, present_value and
// expected_margin or cash_flow.
export function createTimeline(period) {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} 112`, class: 'timeline', role: 'img' });
  let shapeKey = null;
  root.update = (rows, fmt) => {
    const shape = layout(rows);
    if (shape.key !== shapeKey) { drawAxis(root, shape, period); shapeKey = shape.key; }
    const amount = (r) => r.expected_margin ?? r.cash_flow ?? 0;
    const top = Math.max(1e-12, ...shape.shown.map((r) => Math.abs(amount(r))), ...shape.shown.map((r) => Math.abs(r.present_value ?? 0)));
    shape.shown.forEach((row, i) => {
      const nominal = (Math.abs(amount(row)) / top) * BAR_H;
      const present = (Math.abs(row.present_value ?? 0) / top) * BAR_H;
      const bar = root.bars[i];
      bar.nominal.setAttribute('y', AXIS_Y - nominal);
      bar.nominal.setAttribute('height', nominal);
      bar.present.setAttribute('y', AXIS_Y - present);
      bar.present.setAttribute('height', present);
      bar.label.setAttribute('y', AXIS_Y - nominal - 4);
      setText(bar.label, fmt.plain(row.present_value, 0));
    });
  };
  return root;
}
