// Where a customer's value comes from: the form (past margins, today's behaviour, which is the
// dashboard's unless typed here, what cross-selling, referrals and growing spend could add, the
// share of wallet and of product lines) and the core's answer, with the parts as stacked bars:
// historical, current and potential value, and the potential split into its three sources.
import { t } from '../../i18n/i18n.js';
import { createFormSection } from './form-section.js';
import { leadBase } from './answer.js';
import { createStackedBars, PALETTE } from './views/stacked-bars.js';
import { pngButton } from './views/exports.js';

const COLORS = { historical: PALETTE[3], current: PALETTE[0], potential: PALETTE[2], cross_selling: PALETTE[5],
                 referrals: PALETTE[1], spend_growth: PALETTE[6] };

// The bars: every part of the total, then the potential's own parts (the core's values).
export function valueRows(result, fmt) {
  const parts = (list) => (list ?? []).map((p) => ({ key: p.part, value: p.value,
    text: p.share === null || p.share === undefined ? fmt.value('money', p.value) : `${fmt.value('money', p.value)} (${fmt.share(p.share)})` }));
  const rows = [{ key: 'total', label: t('name', 'total_value'), text: fmt.value('money', result.total_value), parts: parts(result.parts) }];
  if (result.potential_parts?.length) {
    rows.push({ key: 'potential', label: t('name', 'potential_value'), text: fmt.value('money', result.potential_value),
                parts: parts(result.potential_parts) });
  }
  return rows;
}

export function mountValueComposition({ section, store, engine, calc, calcs }) {
  const chart = createStackedBars('wb-vc-chart');
  pngButton(section, store, { testid: 'wb-vc-png', chart, name: 'value-composition' });
  return createFormSection({
    section, store, engine, calc, resultSpecs: calcs.byName.get(calc.id).results, skip: ['convention', 'horizon', 'parts', 'potential_parts'],
    chart: { node: chart.node, render: (state, good, fmt) => {
      const r = good?.result;
      if (!r) return;
      const keys = [...(r.parts ?? []), ...(r.potential_parts ?? [])].map((p) => p.part);
      chart.render({ title: t('wb', 'vc_chart'), rows: valueRows(r, fmt),
                     parts: [...new Set(keys)].map((k) => ({ key: k, label: t('wb', `vc_part_${k}`), color: COLORS[k] ?? PALETTE[4] })) });
    } },
    base: leadBase(calcs),
  });
}
