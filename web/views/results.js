// The answer card: the headline value, the other named results, warnings, problems that belong
// to no field, and the stale marker when the inputs no longer give an answer.
import { t } from '../i18n.js';
import { conventionNames } from '../calculations.js';
import { warningText, problemText } from './messages.js';
import { NONE } from '../format.js';

const h = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export function createResults(root, { onConvention }) {
  const q = (id) => root.querySelector(`[data-testid="${id}"]`);
  const headlineLabel = root.querySelector('.headline-label');
  const headlineValue = q('result-value');
  const headlineNote = root.querySelector('.headline-note');
  const stale = q('stale-marker');
  const list = q('results-list');
  const warnings = q('warnings');
  const problems = q('problems');
  const conventionRow = root.querySelector('.convention-row');
  const conventionSelect = q('convention-switch');
  conventionSelect.addEventListener('change', () => onConvention(conventionSelect.value));

  function labelFor(name, period) {
    return t('name', name, { period: t('period', period) });
  }

  // ctx: {calc, response (last good for this calculation or null), isStale, general problems,
  //       fmt, period, convention}
  function render(ctx) {
    const { calc, response, fmt, period } = ctx;
    const result = response?.result;
    root.classList.toggle('is-stale', Boolean(ctx.isStale));
    stale.hidden = !ctx.isStale;

    // Headline: the chosen convention for retention CLV, else the calculation's main result.
    conventionRow.hidden = !calc.conventions;
    let headline = null;
    let unit = calc.results[calc.headline] ?? 'money';
    if (calc.conventions) {
      const optionsKey = `${document.documentElement.lang}|${period}`;  // rebuilt only when words change
      if (conventionSelect.dataset.key !== optionsKey) {
        conventionSelect.dataset.key = optionsKey;
        conventionSelect.replaceChildren(...conventionNames.map((c) => {
          const o = h('option', '', t('convention_short', c, { period: t('period', period) }));
          o.value = c;
          return o;
        }));
      }
      conventionSelect.value = ctx.convention;
      headline = result?.conventions?.find((c) => c.convention === ctx.convention)?.clv ?? null;
      unit = 'money';
    } else if (result) headline = result[calc.headline] ?? null;
    headlineLabel.textContent = labelFor(calc.headline, period);
    headlineValue.textContent = result ? fmt.value(unit, headline) : NONE;
    headlineNote.textContent = !result ? t('ui', ctx.general.length ? 'no_result_problem' : 'no_result_fields')
      : ctx.isStale ? t('ui', 'stale_note')
      : headline === null ? t('ui', 'value_undefined') : '';

    // Other named results and worded ones (timing, horizon, basis).
    const rows = [];
    if (result) {
      for (const [name, u] of Object.entries(calc.results)) {
        if (name === calc.headline || !(name in result)) continue;
        // A missing number with no warning to explain it was simply not asked for (no revenue,
        // so no payback; a cash-flow list, so no perpetuity): leave it out rather than show "—".
        if (result[name] === null && (name === 'periods' || !response.warnings?.length)) continue;
        rows.push([name, labelFor(name, period), fmt.value(u, result[name])]);
      }
      for (const name of calc.text ?? []) {
        if (result[name] !== undefined && result[name] !== null) rows.push([name, labelFor(name, period), t('choice', `${name}.${result[name]}`)]);
      }
    }
    list.replaceChildren(...rows.map(([name, label, text]) => {
      const row = h('div', 'result-row');
      const dd = h('dd', '', text);
      dd.dataset.testid = `result-${name}`;
      row.append(h('dt', '', label), dd);
      return row;
    }));
    list.hidden = rows.length === 0;

    warnings.replaceChildren(...(response?.warnings ?? []).map((w) => {
      const li = h('li', 'warning', warningText(w, fmt, calc.conventions ? ctx.convention : undefined));
      li.dataset.code = w.code;
      return li;
    }));
    warnings.hidden = warnings.childElementCount === 0;

    problems.replaceChildren(...ctx.general.map((p) => {
      const li = h('li', 'problem', problemText(p, null, fmt));
      li.dataset.code = p.problem.code;
      return li;
    }));
    problems.hidden = problems.childElementCount === 0;
  }

  return { render };
}
