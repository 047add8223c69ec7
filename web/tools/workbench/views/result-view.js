// Any workbench answer drawn from the core's description of its result: named numbers as rows
// (each formatted by its described unit), worded results in words, a map of shares as bars and
// a list of rows as a table with a column per described field. So a calculation the page has
// no special view for still shows every number it gives, and nothing is kept twice.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../../ui/dom.js';

const words = (period) => ({ period: t('period', period) });

function cell(spec, value, fmt) {
  if (value === null || value === undefined) return '—';
  if (spec.kind === 'number') return fmt.value(spec.unit, value);
  if (spec.kind === 'choice') return t('choice', `${spec.name}.${value}`);
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? fmt.plain(value, 4) : '';
}

// The rows of a list result as a table (`skip`: fields not shown, e.g. nested steps).
function listTable(spec, period, testid) {
  const shown = (spec.fields ?? []).filter((f) => f.kind === 'number' || f.kind === 'choice' || f.kind === 'text');
  const table = h('table.period-table.wb-result-table', { dataset: { testid } }, [
    h('thead', [h('tr', shown.map((f) => h('th', { scope: 'col', textContent: t('wb_column', f.name, words(period)) })))]), h('tbody')]);
  const wrap = h('div.table-wrap', [h('p.table-title', t('name', spec.name, words(period))), table]);
  wrap.update = (rows, fmt) => {
    const body = table.tBodies[0];
    while (body.rows.length > rows.length) body.lastElementChild.remove();
    while (body.rows.length < rows.length) body.append(h('tr', shown.map(() => h('td'))));
    rows.forEach((row, i) => shown.forEach((f, k) => setText(body.rows[i].cells[k], cell(f, row[f.name], fmt))));
  };
  return wrap;
}

// A map's entries in `order` (the described fields' order), those above 0 only.
const ordered = (map, order) => Object.entries(map ?? {}).filter(([, v]) => v > 0)
  .sort(([a], [b]) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));

function shareBars(spec, period, order) {
  const list = h('ul.wb-bars', { dataset: { testid: `wb-map-${spec.name}` } });
  const wrap = h('div', [h('p.table-title', t('name', spec.name, words(period))), list]);
  wrap.update = (map, fmt) => syncChildren(list, ordered(map, order), ([k]) => `${language()}|${k}`,
    ([k]) => h('li', [h('span', t('item', k)), h('span.wb-bar-track', [h('span.wb-bar.part')]), h('span.wb-bar-value')]),
    (li, [, share]) => {
      const bar = li.querySelector('.wb-bar');
      bar.style.left = '0';
      bar.style.width = `${Math.max(0, Math.min(1, share)) * 100}%`;
      setText(li.lastElementChild, fmt.share(share));
    });
  return wrap;
}

// A view of one calculation's result. specs: the described results; `skip`: names drawn
// elsewhere (a chart, the tiles); `order`: the order of a map's keys (cost items as the form
// lists them). Returns {node, render(result, fmt, period)}.
export function createResultView(specs, { skip = [], testPrefix, order = [] }) {
  const numbers = h('dl.result-list', { dataset: { testid: `${testPrefix}-results` } });
  const extras = h('div.wb-result-extras');
  const node = h('div.wb-result', [numbers, extras]);
  let key = '';
  let parts = [];
  const shown = specs.filter((s) => !skip.includes(s.name) && s.name !== 'period' && s.kind !== 'steps');

  function build(period) {
    parts = shown.filter((s) => s.kind === 'list' || s.kind === 'map').map((s) => ({ spec: s,
      view: s.kind === 'list' ? listTable(s, period, `${testPrefix}-${s.name}`) : shareBars(s, period, order) }));
    extras.replaceChildren(...parts.map((p) => p.view));
  }

  function render(result, fmt, period) {
    const next = `${language()}|${period}`;
    if (next !== key) { key = next; build(period); numbers.replaceChildren(); }
    const rows = result ? shown.filter((s) => (s.kind === 'number' || s.kind === 'choice') && result[s.name] !== undefined && result[s.name] !== null) : [];
    syncChildren(numbers, rows, (s) => s.name,
      (s) => h('div.result-row', [h('dt', t('name', s.name, words(period))), h('dd', { dataset: { testid: `${testPrefix}-${s.name}` } })]),
      (row, s) => setText(row.lastElementChild, cell(s, result[s.name], fmt)));
    for (const p of parts) {
      const value = result?.[p.spec.name];
      p.view.hidden = !value || (Array.isArray(value) && value.length === 0);
      if (value) p.view.update(value, fmt);
    }
  }
  return { node, render };
}
