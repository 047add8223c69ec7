// The loyalty programme: its form (the programme, the members' uplifts, and the customers'
// behaviour without it, which is the dashboard's unless typed here) and the core's answer, with
// a chart of what a member is worth against a non-member and what the programme costs per
// member. It leads with the dashboard's CLV convention, so the lead switch moves it too.
import { t } from '../../i18n/i18n.js';
import { createFormSection } from './form-section.js';
import { leadBase } from './answer.js';
import { createStackedBars, PALETTE } from './views/stacked-bars.js';
import { pngButton } from './views/exports.js';

// The bars: a non-member's CLV; a member's (the same CLV, the uplift's extra and the fees
// collected); the programme's cost per member. Every length is a number the core gave.
export function loyaltyRows(result, fmt) {
  const part = (key, value) => ({ key, value, text: fmt.value('money', value) });
  return [
    { key: 'base', label: t('wb', 'lp_non_member'), text: fmt.value('money', result.base_clv), parts: [part('base_clv', result.base_clv)] },
    { key: 'member', label: t('wb', 'lp_member'), text: t('wb', 'lp_member_text', { clv: fmt.value('money', result.member_clv), fee: fmt.value('money', result.fee_value) }),
      parts: [part('base_clv', result.base_clv), part('incremental_clv', result.incremental_clv), part('fee_value', result.fee_value)] },
    { key: 'cost', label: t('wb', 'lp_cost'), text: fmt.value('money', result.cost_value), parts: [part('cost_value', result.cost_value)] },
  ];
}

const PARTS = ['base_clv', 'incremental_clv', 'fee_value', 'cost_value'];

export function mountLoyalty({ section, store, engine, calc, calcs }) {
  const chart = createStackedBars('wb-lp-chart');
  pngButton(section, store, { testid: 'wb-lp-png', chart, name: 'loyalty' });
  return createFormSection({
    section, store, engine, calc, resultSpecs: calcs.byName.get(calc.id).results, skip: ['convention'],
    chart: { node: chart.node, render: (state, good, fmt) => {
      const r = good?.result;
      if (!r) return;
      chart.render({ title: t('wb', 'lp_chart', { value: fmt.value('money', r.value_per_member) }), rows: loyaltyRows(r, fmt),
                     parts: PARTS.map((k, i) => ({ key: k, label: t('name', k), color: PALETTE[i] })) });
    } },
    // The dashboard's lead convention and behaviour (the linked fields) are this section's too.
    base: leadBase(calcs),
  });
}
