// Cumulative present value by period, drawn with uPlot. uPlot is loaded on first use so it
// never delays the first answer. The series come straight from the core's tables.
let uPlotModule = null;

// vendor/ sits beside index.html: found from the page, not from this file, which the build
// bundles into main.js (scripts/bundle.mjs).
function loadUPlot() {
  if (!uPlotModule) {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('vendor/uPlot.min.css', document.baseURI).href;
    document.head.append(css);
    uPlotModule = import(new URL('vendor/uPlot.esm.js', document.baseURI).href).then((m) => m.default);
  }
  return uPlotModule;
}

// A static legend (uPlot's live legend shows blanks until hovered), matching the PNG export.
function legendItems(series) {
  return series.map((s) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch${s.dash ? ' dashed' : ''}`;
    swatch.style.setProperty('--color', s.color);
    li.append(swatch, s.label);
    return li;
  });
}

// uPlot's options for a chart spec: fixed axes with the page's formats, a static legend (drawn
// beside it), no zoom.
function plotOptions(spec, width, height) {
  const fmtValue = (u, v) => (v === null || v === undefined ? '—' : spec.fmt.inFormula('money', v));
  return {
    width, height,
    cursor: { drag: { x: false, y: false } },
    legend: { show: false },
    scales: { x: { time: false } },
    axes: [
      { label: spec.xLabel, stroke: '#5b6472', grid: { stroke: '#eef0f3' }, ticks: { stroke: '#d8dce2' },
        values: (u, splits) => splits.map((v) => (spec.xTick ? spec.xTick(v) : Number.isInteger(v) ? String(v) : '')) },
      { label: spec.yLabel, stroke: '#5b6472', grid: { stroke: '#eef0f3' }, ticks: { stroke: '#d8dce2' }, size: 64,
        values: (u, splits) => splits.map((v) => spec.fmt.plain(v, spec.yDecimals ?? 0)) },
    ],
    series: [
      { label: spec.xLabel, value: (u, v) => (v === null ? '—' : String(v)) },
      ...spec.series.map((s) => ({ label: s.label, stroke: s.color, width: s.dash ? 1.25 : 2,
                                   dash: s.dash, points: { show: !s.dash, size: 5 }, value: fmtValue })),
    ],
  };
}

// The plot's canvas on white under `title`, with the legend of `series` wrapped to the width.
function pngOf(plot, series, title) {
  const source = plot.ctx.canvas;
  const dpr = source.width / plot.width || 1;
  const font = (size, weight = '') => `${weight} ${size * dpr}px system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`;
  const pad = 12 * dpr;
  const width = source.width + 2 * pad;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  ctx.font = font(12);
  const rows = [[]];  // legend items per line
  let x = pad;
  for (const s of series) {
    const w = 24 * dpr + ctx.measureText(s.label).width + 20 * dpr;
    if (x + w > width - pad && rows[rows.length - 1].length) { rows.push([]); x = pad; }
    rows[rows.length - 1].push({ s, x });
    x += w;
  }
  const head = 36 * dpr;
  const line = 20 * dpr;
  canvas.width = width;
  canvas.height = head + source.height + rows.length * line + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d2330';
  ctx.font = font(15, 600);
  ctx.fillText(title, pad, 24 * dpr);
  ctx.drawImage(source, pad, head);
  ctx.font = font(12);
  rows.forEach((items, k) => {
    const y = head + source.height + (k + 0.8) * line;
    for (const { s, x: left } of items) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2 * dpr;
      ctx.setLineDash(s.dash ? s.dash.map((d) => d * dpr) : []);
      ctx.beginPath();
      ctx.moveTo(left, y - 4 * dpr);
      ctx.lineTo(left + 18 * dpr, y - 4 * dpr);
      ctx.stroke();
      ctx.fillStyle = '#5b6472';
      ctx.fillText(s.label, left + 24 * dpr, y);
    }
  });
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export function createChart(container) {
  const plotBox = document.createElement('div');
  const legend = document.createElement('ul');
  legend.className = 'chart-legend';
  container.replaceChildren(plotBox, legend);
  let plot = null;
  let shape = '';
  let latest = null;
  const height = () => (container.clientWidth < 480 ? 220 : 280);
  new ResizeObserver(() => plot?.setSize({ width: plotBox.clientWidth, height: height() })).observe(container);

  // spec: {x: [..], series: [{label, values, color, dash}], fmt, xLabel, yLabel, xTick(v) (optional:
  // an x tick's text), yDecimals (optional, default 0)}
  async function show(spec) {
    latest = spec;
    const uPlot = await loadUPlot();
    if (latest !== spec) return;  // a newer answer arrived while loading
    const data = [spec.x, ...spec.series.map((s) => s.values)];
    const key = JSON.stringify([spec.series.map((s) => [s.label, s.dash ?? 0]), spec.xLabel, spec.yLabel, spec.fmt.currency, spec.fmt.lang]);
    if (plot && key === shape) {
      plot.setData(data);
      return;
    }
    legend.replaceChildren(...legendItems(spec.series));
    plot?.destroy();
    shape = key;
    plot = new uPlot(plotOptions(spec, plotBox.clientWidth || container.clientWidth, height()), data, plotBox);
  }

  function clear() {
    latest = null;
    legend.replaceChildren();
    plot?.destroy();
    plot = null;
    shape = '';
  }

  // The chart as a PNG blob on white, with a title and a legend (wrapped to the width) drawn in.
  async function toPng(title) {
    if (latest) await loadUPlot();  // show() may still be waiting for uPlot; it draws first
    if (!plot || !latest) return null;
    return pngOf(plot, latest.series, title);
  }

  // True as soon as a chart is asked for, even while uPlot is still loading (toPng waits for it).
  return { show, clear, toPng, hasChart: () => Boolean(latest) };
}
