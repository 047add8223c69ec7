// The answer card: the headline value, the other named results, warnings, problems that belong
// to no field, and the stale marker when the inputs no longer give an answer. Rows are kept by
// name and rewritten in place.
import { t, language } from '../../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../../ui/dom.js';
import { warningText, problemText } from '../../../ui/messages.js';
import { NONE } from '../../../ui/format.js';
import { headlineName as headlineNameOf } from '../answer.js';

const labelFor = (name, period) => t('name', name, { period: t('period', period) });

// The rows besides the headline: [name, text] for each named number the answer has (a missing
// number with no warning to explain it was simply not asked for: no revenue, so no payback),
// then the worded results (timing, horizon, basis).
function resultRows(calc, response, fmt, headlineName) {
  const result = response?.result;
  if (!result) return [];
  const rows = [];
  for (const [name, unit] of Object.entries(calc.results)) {
    if (name === headlineName || !(name in result)) continue;
    if (result[name] === null && (name === 'periods' || !response.warnings?.length)) continue;
    rows.push([name, fmt.value(unit, result[name])]);
  }
  for (const name of calc.text ?? []) {
    if (result[name] !== undefined && result[name] !== null) rows.push([name, t('choice', `${name}.${result[name]}`)]);
  }
  return rows;
}

export function createResults(root, { onConvention }) {
  const headlineLabel = root.querySelector('.headline-label');
  const headlineValue = byTestId(root, 'result-value');
  const headlineNote = root.querySelector('.headline-note');
  const stale = byTestId(root, 'stale-marker');
  const list = byTestId(root, 'results-list');
  const warnings = byTestId(root, 'warnings');
  const problems = byTestId(root, 'problems');
  const conventionRow = root.querySelector('.convention-row');
  const conventionSelect = byTestId(root, 'convention-switch');
  const conventionPrinted = byTestId(root, 'convention-chosen');  // the select's value, for print
  conventionSelect.addEventListener('change', () => onConvention(conventionSelect.value));

  function conventionChoice(conventions, period, chosen) {
    const key = `${language()}|${period}`;  // options rewritten only when their words change
    if (conventionSelect.dataset.key !== key) {
      conventionSelect.dataset.key = key;
      conventionSelect.replaceChildren(...conventions.map((c) => h('option', { value: c, textContent: t('convention_short', c, { period: t('period', period) }) })));
    }
    conventionSelect.value = chosen;
    setText(conventionPrinted, t('convention_short', chosen, { period: t('period', period) }));
  }

  // ctx: {calc, response (last good for this calculation or null), isStale, general problems,
  //       fmt, period, convention, conventions}
  function render(ctx) {
    const { calc, response, fmt, period } = ctx;
    const result = response?.result;
    root.classList.toggle('is-stale', Boolean(ctx.isStale));
    stale.hidden = !ctx.isStale;

    // Headline: the chosen convention for retention CLV, else the calculation's main result.
    conventionRow.hidden = !calc.conventions;
    let headline = null;
    const headlineName = headlineNameOf(calc, ctx.inputs);
    let unit = calc.results[headlineName] ?? 'money';
    if (calc.conventions) {
      conventionChoice(ctx.conventions, period, ctx.convention);
      headline = result?.conventions?.find((c) => c.convention === ctx.convention)?.clv ?? null;
      unit = 'money';
    } else if (result) headline = result[headlineName] ?? null;
    setText(headlineLabel, labelFor(headlineName, period));
    setText(headlineValue, result ? fmt.value(unit, headline) : NONE);
    setText(headlineNote, !result ? t('ui', ctx.general.length ? 'no_result_problem' : 'no_result_fields')
      : ctx.isStale ? t('ui', 'stale_note')
      : headline === null ? t('ui', 'value_undefined') : '');

    const rows = resultRows(calc, response, fmt, headlineName);
    syncChildren(list, rows, ([name]) => `${language()}|${period}|${name}`,
      ([name]) => h('div.result-row', [h('dt', labelFor(name, period)), h('dd', { dataset: { testid: `result-${name}` } })]),
      (row, [, text]) => setText(row.lastElementChild, text));
    list.hidden = rows.length === 0;

    const shownWarnings = response?.warnings ?? [];
    syncChildren(warnings, shownWarnings, (w) => w.code, (w) => h('li.warning', { dataset: { code: w.code } }),
      (li, w) => setText(li, warningText(w, fmt, calc.conventions ? ctx.convention : undefined)));
    warnings.hidden = shownWarnings.length === 0;

    syncChildren(problems, ctx.general, (p) => `${p.problem.code}|${p.problem.field}`, (p) => h('li.problem', { dataset: { code: p.problem.code } }),
      (li, p) => setText(li, problemText(p, null, fmt)));
    problems.hidden = ctx.general.length === 0;
  }

  return { render, headlineText: () => headlineValue.textContent, labelText: () => headlineLabel.textContent };
}
