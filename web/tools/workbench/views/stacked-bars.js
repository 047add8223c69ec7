// A stacked bar chart: one horizontal bar per row (a period, an indicator, a scenario), split
// into parts (cost families, satisfaction levels, value parts) whose widths are the shares the
// core gave, with a legend. Drawn with plain elements (it prints and reads without a canvas,
// like the tornado); toPng() draws the same bars on a canvas for the PNG export. Nothing is
// computed here but the scale of the track.
import { h, setText, syncChildren } from '../../../ui/dom.js';

// Colours by part index: distinct, readable on white and in print.
export const PALETTE = ['#2f6fde', '#e07b28', '#2e9e6a', '#8e5bd0', '#c94b6b', '#3aa3b5', '#a08b2a'];
// A diverging scale for ordered levels (very dissatisfied … very satisfied).
export const LEVEL_PALETTE = ['#b2182b', '#d6604d', '#f4a582', '#bababa', '#92c5de', '#4393c3', '#2166ac'];

// rows: [{key, label, parts: [{key, value, text}], text}]; parts: [{key, label, color}] in legend
// order. A row's bar is as long as its parts together against the longest row (`scale: 'fill'`
// draws each bar full width: its parts are shares).
const lengthOf = (row) => row.parts.reduce((a, p) => a + (Number.isFinite(p.value) ? Math.max(0, p.value) : 0), 0);
function widths(rows, scale) {
  const longest = Math.max(0, ...rows.map(lengthOf));
  return rows.map((r) => {
    const sum = lengthOf(r);
    const length = scale === 'fill' ? 1 : longest > 0 ? sum / longest : 0;
    return r.parts.map((p) => (sum > 0 && Number.isFinite(p.value) ? (Math.max(0, p.value) / sum) * length : 0));
  });
}

// The chart on white as a PNG blob: title, one bar per row with its label and text, legend.
function drawPng({ title, rows, parts }, scale) {
  const dpr = 2;
  const font = (size, weight = '') => `${weight} ${size * dpr}px system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
  const width = 760 * dpr;
  const labelW = 200 * dpr;
  const textW = 150 * dpr;
  const rowH = 30 * dpr;
  const head = 40 * dpr;
  const legendRows = Math.ceil(parts.length / 4);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = head + rows.length * rowH + legendRows * 22 * dpr + 16 * dpr;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2330';
  ctx.font = font(15, 600);
  ctx.fillText(title, 12 * dpr, 26 * dpr);
  const color = new Map(parts.map((p) => [p.key, p.color]));
  const track = width - labelW - textW - 24 * dpr;
  widths(rows, scale).forEach((w, i) => {
    const y = head + i * rowH;
    ctx.font = font(12);
    ctx.fillStyle = '#1d2330';
    ctx.fillText(rows[i].label, 12 * dpr, y + 18 * dpr, labelW - 16 * dpr);
    let x = labelW;
    rows[i].parts.forEach((p, k) => {
      ctx.fillStyle = color.get(p.key) ?? '#9aa3af';
      ctx.fillRect(x, y + 4 * dpr, w[k] * track, rowH - 10 * dpr);
      x += w[k] * track;
    });
    ctx.fillStyle = '#5b6472';
    ctx.fillText(rows[i].text ?? '', labelW + track + 8 * dpr, y + 18 * dpr, textW);
  });
  ctx.font = font(12);
  parts.forEach((p, k) => {
    const x = 12 * dpr + (k % 4) * 185 * dpr;
    const y = head + rows.length * rowH + Math.floor(k / 4) * 22 * dpr + 14 * dpr;
    ctx.fillStyle = p.color;
    ctx.fillRect(x, y - 9 * dpr, 12 * dpr, 10 * dpr);
    ctx.fillStyle = '#5b6472';
    ctx.fillText(p.label, x + 18 * dpr, y, 160 * dpr);
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export function createStackedBars(testid, { scale = 'length' } = {}) {
  const caption = h('figcaption');
  const list = h('ul.wb-stack', { dataset: { testid } });
  const legend = h('ul.chart-legend.wb-stack-legend');
  const node = h('figure.chart-figure.wb-stack-figure', [caption, list, legend]);
  let latest = null;

  function render({ title, rows, parts }) {
    latest = { title, rows, parts };
    setText(caption, title);
    const color = new Map(parts.map((p) => [p.key, p.color]));
    const label = new Map(parts.map((p) => [p.key, p.label]));
    const all = widths(rows, scale);
    syncChildren(list, rows.map((r, i) => ({ ...r, w: all[i] })), (r) => r.key,
      () => h('li', [h('span.wb-bar-label'), h('span.wb-stack-track'), h('span.wb-bar-value')]),
      (li, r) => {
        setText(li.children[0], r.label);
        const track = li.children[1];
        while (track.children.length > r.parts.length) track.lastElementChild.remove();
        while (track.children.length < r.parts.length) track.append(h('span.wb-stack-part'));
        r.parts.forEach((p, k) => {
          const seg = track.children[k];
          seg.style.width = `${r.w[k] * 100}%`;
          seg.style.background = color.get(p.key) ?? '#9aa3af';
          seg.title = `${label.get(p.key) ?? p.key}: ${p.text ?? ''}`;
          seg.dataset.part = p.key;
        });
        setText(li.children[2], r.text ?? '');
      });
    syncChildren(legend, parts, (p) => `${p.key}|${p.label}`, (p) => {
      const swatch = h('span.swatch');
      swatch.style.setProperty('--color', p.color);
      return h('li', [swatch, p.label]);
    }, () => {});
  }

  const toPng = () => (latest?.rows.length ? drawPng(latest, scale) : Promise.resolve(null));

  return { node, render, toPng, clear: () => { latest = null; list.replaceChildren(); } };
}
