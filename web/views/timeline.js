// A small SVG cash-flow timeline: where each period's money is booked (now, end of period 1,
// ...), the nominal amount as a pale bar and its present value as a solid one. Bar heights are
// drawn from the core's table values; nothing is computed here beyond scaling to pixels.
import { t } from '../i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, text) => {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

const SHOWN = 6;  // periods drawn before the ellipsis

// rows: table rows with time, present_value and expected_margin or cash_flow.
export function timeline(rows, fmt, period) {
  const shown = rows.slice(0, SHOWN);
  const amount = (r) => r.expected_margin ?? r.cash_flow ?? 0;
  const top = Math.max(1e-12, ...shown.map((r) => Math.abs(amount(r))), ...shown.map((r) => Math.abs(r.present_value ?? 0)));
  const first = Math.min(0, ...shown.map((r) => r.time ?? 0));
  const lastTime = Math.max(...shown.map((r) => r.time ?? 0), SHOWN - 1 + first);
  const width = 320, axisY = 78, left = 22, right = 296, barH = 52;
  const x = (time) => left + ((time - first) / Math.max(1, lastTime - first)) * (right - left - 20);

  const root = svg('svg', { viewBox: `0 0 ${width} 112`, class: 'timeline', role: 'img' });
  const booked = shown.map((r) => (r.time === 0 ? t('ui', 'now') : t('ui', 'end_of_period', { n: r.time, period: t('period', period) })));
  root.setAttribute('aria-label', `${t('ui', 'timeline_label')}: ${booked.join(t('ui', 'list_separator'))}`);
  root.append(svg('line', { x1: left - 10, y1: axisY, x2: right + 14, y2: axisY, class: 'axis' }));
  root.append(svg('path', { d: `M${right + 14} ${axisY} l-6 -4 v8 z`, class: 'axis-head' }));
  for (let time = first; time <= lastTime; time += 1) {
    root.append(svg('line', { x1: x(time), y1: axisY - 3, x2: x(time), y2: axisY + 3, class: 'tick' }));
    root.append(svg('text', { x: x(time), y: axisY + 15, class: 'tick-label' }, time === 0 ? t('ui', 'now') : String(time)));
  }
  root.append(svg('text', { x: right + 6, y: axisY + 15, class: 'tick-label' }, '…'));
  for (const row of shown) {
    const cx = x(row.time ?? 0);
    const nominal = (Math.abs(amount(row)) / top) * barH;
    const present = (Math.abs(row.present_value ?? 0) / top) * barH;
    root.append(svg('rect', { x: cx - 7, y: axisY - nominal, width: 14, height: nominal, class: 'bar-nominal' }));
    root.append(svg('rect', { x: cx - 4, y: axisY - present, width: 8, height: present, class: 'bar-present' }));
    root.append(svg('text', { x: cx, y: axisY - nominal - 4, class: 'bar-label' }, fmt.plain(row.present_value, 0)));
  }
  root.append(svg('text', { x: left - 10, y: 104, class: 'unit-label' }, t('ui', 'timeline_axis', { period: t('period', period) })));
  return root;
}
