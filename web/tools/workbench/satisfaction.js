// The satisfaction index: a table of indicators (name, weight, the answers at each of the seven
// levels 很不满意 very dissatisfied … 很满意 very satisfied), the core's score and share satisfied
// per indicator beside each row, the weighted index on 0–100 and the share satisfied in large
// type, and a stacked bar per indicator (and for all) of how the answers spread over the levels.
// Weights that do not sum to 1 bring the core's warning; the last good answer stays while bad.
import { t, language } from '../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../ui/dom.js';
import { createTableSection } from './table-section.js';
import { createStackedBars, LEVEL_PALETTE } from './views/stacked-bars.js';
import { pngButton, csvButton } from './views/exports.js';

// The per-row results shown beside the typed cells, and how each reads: the score is a number
// of points out of 100 (not a ratio, though the core's unit is 'ratio').
const score = (v, fmt) => (typeof v === 'number' ? fmt.plain(v, 2) : '—');
const ROW_RESULTS = [
  { name: 'answers', kind: 'number', text: (row, fmt) => fmt.value('count', row.answers) },
  { name: 'normalised_weight', kind: 'number', text: (row, fmt) => fmt.value('share', row.normalised_weight) },
  { name: 'score', kind: 'number', text: (row, fmt) => score(row.score, fmt) },
  { name: 'share_satisfied', kind: 'number', text: (row, fmt) => fmt.value('share', row.share_satisfied) },
];

function chartRows(result, fmt) {
  const row = (key, label, distribution, points) => ({ key, label, text: t('wb', 'si_points', { score: score(points, fmt) }),
    parts: distribution.map((share, k) => ({ key: result.levels[k], value: share, text: fmt.share(share) })) });
  return [...result.indicators.map((ind, i) => row(`i${i}`, ind.name, ind.distribution, ind.score)),
          row('all', t('wb', 'si_all'), result.distribution, result.index)];
}

// The indicators as CSV: the typed rows' core numbers and the distribution over the levels.
export function satisfactionCsv(result) {
  if (!result) return null;
  const head = ['indicator', 'weight', 'normalised_weight', 'answers', 'score', 'share_satisfied', ...result.levels];
  const rows = result.indicators.map((r) => [r.name, r.weight, r.normalised_weight, r.answers, r.score, r.share_satisfied, ...r.distribution]);
  return [head, ...rows, ['all', '', 1, '', result.index, result.share_satisfied, ...result.distribution]];
}

function headline(node, result, fmt) {
  const items = result ? [['index', score(result.index, fmt)], ['share_satisfied', fmt.share(result.share_satisfied)]] : [];
  syncChildren(node, items, ([k]) => `${language()}|${k}`,
    ([k]) => h('div.wb-tile', [h('dt', t('wb', `si_${k}`)), h('dd', { dataset: { testid: `wb-si-${k}` } })]),
    (tile, [, text]) => setText(tile.lastElementChild, text));
}

export function mountSatisfaction({ section, store, engine, table }) {
  const chart = createStackedBars('wb-si-chart', { scale: 'fill' });
  const tiles = h('dl.wb-tiles.wb-si-tiles', { dataset: { testid: 'wb-si-tiles' } });
  const figure = h('div', [tiles, chart.node]);
  let part = null;
  pngButton(section, store, { testid: 'wb-si-png', chart, name: 'satisfaction' });
  csvButton(section, store, { testid: 'wb-si-csv', name: 'satisfaction', rows: () => satisfactionCsv(part?.good()?.result) });
  part = createTableSection({
    section, store, engine, table, calc: null, rowResults: ROW_RESULTS,
    outputs: (result) => result.indicators,
    skip: ['indicators', 'index', 'share_satisfied', 'distribution', 'levels', 'level_scores'],
    chart: { node: figure, render: (state, good, fmt) => {
      const r = good?.result ?? null;
      headline(tiles, r, fmt);
      if (!r) return;
      chart.render({ title: t('wb', 'si_chart'), rows: chartRows(r, fmt),
                     parts: r.levels.map((level, k) => ({ key: level, label: t('wb', `level_${level}`), color: LEVEL_PALETTE[k % LEVEL_PALETTE.length] })) });
    } },
  });
  return part;
}
