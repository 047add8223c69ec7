// "Check my answer": the user's number goes to the core with the same request plus a `check`
// object; the core's verdict (matches, difference, likely slips) is worded here.
import { t, has, language } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { checkableResults, checkTarget, rawInputs } from '../answer.js';

// The convention an other_convention slip used, in words: discounted CLV's are timings (end,
// start: detail "timing"), retention CLV's its three conventions.
function conventionWords(slip, periodWord) {
  if (!slip.convention) return '';
  if (slip.detail === 'timing') return t('choice', `timing.${slip.convention}`);
  return t('convention_short', slip.convention, { period: periodWord });
}

export function createCheck(root, { onAnswer, onCheck, onResult }) {
  const q = (id) => root.querySelector(`[data-testid="${id}"]`);
  const input = q('check-answer');
  const button = q('check-button');
  const verdict = q('check-verdict');
  const slips = q('check-slips');
  const prompt = root.querySelector('.check-prompt');
  const form = root.querySelector('form');
  const what = q('check-result');
  what.addEventListener('change', () => onResult(what.value));
  input.addEventListener('input', () => onAnswer(input.value));
  form.addEventListener('submit', (e) => { e.preventDefault(); onCheck(); });

  // ctx: {answer (raw text), label (what is being checked), outcome, fmt, unit}
  function render(ctx) {
    if (document.activeElement !== input && input.value !== ctx.answer) input.value = ctx.answer;
    prompt.textContent = t('check', 'prompt', { what: ctx.label });
    button.textContent = t('check', 'button');
    const o = ctx.outcome;
    verdict.className = 'verdict';
    slips.replaceChildren();
    slips.hidden = true;
    if (!o) { verdict.textContent = ''; verdict.hidden = true; return; }
    verdict.hidden = false;
    if (o.kind !== 'result') {
      verdict.classList.add('neutral');
      verdict.textContent = o.text;
      return;
    }
    const c = o.check;
    const f = (v) => ctx.fmt.value(ctx.unit, v);
    const params = { answer: f(c.answer ?? o.answer), expected: f(c.expected ?? c.value ?? o.expected),
                     difference: ctx.fmt.signed(ctx.unit, c.difference) };
    verdict.classList.add(c.matches ? 'good' : 'bad');
    verdict.textContent = t('check', c.matches ? 'matches' : 'differs', params);
    for (const slip of c.slips ?? []) {
      const s = typeof slip === 'string' ? { code: slip } : slip;
      const li = document.createElement('li');
      li.dataset.code = s.code;
      const slipParams = { value: s.value === undefined ? '' : f(s.value), convention: conventionWords(s, ctx.periodWord) };
      li.textContent = has('slip', s.code) ? t('slip', s.code, slipParams) : t('slip', 'unknown_code', { code: s.code });
      slips.append(li);
    }
    slips.hidden = slips.childElementCount === 0;
  }

  // The choice of what to check: options rewritten only when the calculation or words change.
  function choices(calc, target, periodWord) {
    const key = `${language()}|${periodWord}|${calc.id}`;
    if (what.dataset.key !== key) {
      what.dataset.key = key;
      what.replaceChildren(...checkableResults(calc).map((name) =>
        h('option', { value: name, textContent: t('name', name, { period: periodWord }) })));
    }
    what.value = target.result;
  }

  // The card for the calculator's state: what is checked, in words, and the outcome (or null).
  function show(slice, calc, fmt, convention, outcome) {
    const periodWord = t('period', fmt.period);
    const target = checkTarget(calc, convention, slice.check[calc.id]?.result, rawInputs(slice, calc));
    choices(calc, target, periodWord);
    const name = t('name', target.result, { period: periodWord });
    const label = calc.conventions ? `${name} (${t('convention_short', convention, { period: periodWord })})` : name;
    render({ answer: slice.check[calc.id]?.answer ?? '', label, fmt, periodWord, outcome, unit: target.unit });
  }

  return { render: show, focus: () => input.focus() };
}
