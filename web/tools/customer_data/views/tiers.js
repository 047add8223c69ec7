// The distribution of predicted value and its A/B/C tiers, as the core computed them (predict's
// distribution): a histogram (bars as tall as their share of the largest bin: a display scale),
// the tiers' thresholds, sizes and shares of value, and the tiers as the workbench's segments
// (a CSV file, or the workbench opened with them).
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';

const valueText = (d, v, fmt) => (d.value_basis === 'clv' ? fmt.value('money', v) : fmt.plain(v, 2));

function histogram(d, fmt) {
  const largest = Math.max(...d.counts, 1);
  const bars = d.counts.map((count, k) => h('div.value-bar', {
    title: `${valueText(d, d.bin_edges[k], fmt)} – ${valueText(d, d.bin_edges[k + 1], fmt)}: ${fmt.plain(count, 0)}`,
    dataset: { testid: `data-value-bin-${k}`, count: String(count) },
    attrs: { style: `height: ${Math.max(count > 0 ? 2 : 0, (100 * count) / largest)}%` } }));
  // Edge labels at the start, the middle and the end, placed at their share of the width.
  const bins = d.counts.length;
  const marks = [...new Set([0, Math.floor(bins / 2), bins])].map((k) => [d.bin_edges[k], k]);
  const axis = h('div.value-axis', marks.map(([edge, k]) => h('span', { textContent: valueText(d, edge, fmt),
    className: k === 0 ? 'first' : k === bins ? 'last' : '', attrs: { style: `left: ${(100 * k) / bins}%` } })));
  return h('figure.value-histogram', { dataset: { testid: 'data-value-histogram' } }, [
    h('figcaption', t('data_tiers', `histogram_${d.value_basis}`, { n: fmt.plain(d.customers, 0) })),
    h('div.value-largest', t('data_tiers', 'largest_bin', { n: fmt.plain(largest, 0) })),
    h('div.value-bars', bars), axis,
    h('p.hint', t('data_tiers', 'histogram_tail'))]);
}

function tierTable(d, fmt) {
  const names = ['tier', 'threshold', 'customers', 'share_of_value', 'mean_value', 'mean_p_alive'];
  const head = h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('data_tiers', `col_${c}`) })));
  const rows = d.tiers.map((tier) => h('tr', { dataset: { testid: `data-tier-${tier.tier}` } }, [
    h('th', { scope: 'row', textContent: t('data_tiers', 'tier_name', { tier: tier.tier }) }),
    h('td', { dataset: { testid: `data-tier-${tier.tier}-threshold` }, textContent: tier.threshold === null ? '—' : `≥ ${valueText(d, tier.threshold, fmt)}` }),
    h('td', { dataset: { testid: `data-tier-${tier.tier}-customers` }, textContent: fmt.plain(tier.customers, 0) }),
    h('td', { dataset: { testid: `data-tier-${tier.tier}-share` }, textContent: fmt.share(tier.share_of_value) }),
    h('td', { textContent: tier.mean_value === null ? '—' : valueText(d, tier.mean_value, fmt) }),
    h('td', { textContent: fmt.share(tier.mean_p_alive) })]));
  return h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-tiers' } }, [h('thead', [head]), h('tbody', rows)])]);
}

// d: predict's result.distribution; handlers: {onDownloadTiers(), onOpenWorkbench()}.
export function tiersPart(d, fmt, handlers) {
  if (!d) return [];
  const [a, b] = d.tiers;
  return [h('h3.table-title', t('data_tiers', 'title')), histogram(d, fmt),
    h('p.hint', { dataset: { testid: 'data-tiers-rule' }, textContent: t('data_tiers', 'rule', { a: fmt.share(a.customer_share_limit),
      b: fmt.share(b.customer_share_limit - a.customer_share_limit), basis: t('data_tiers', `basis_${d.value_basis}`) }) }),
    tierTable(d, fmt),
    h('p.hint', t('data_tiers', 'segments_note')),
    h('div.data-actions', [
      h('button.button', { type: 'button', dataset: { testid: 'data-download-tiers' }, textContent: t('data_tiers', 'download'),
                           onclick: () => handlers.onDownloadTiers() }),
      h('button.button', { type: 'button', dataset: { testid: 'data-open-workbench' }, textContent: t('data_tiers', 'open_workbench'),
                           onclick: () => handlers.onOpenWorkbench() })])];
}
