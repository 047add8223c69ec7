// The worked-solution card: the steps, a note while there are none, and the convention the
// answer used, in a sentence.
import { t } from '../../../i18n/i18n.js';
import { byTestId, setText } from '../../../ui/dom.js';
import { renderSteps } from '../../../ui/steps.js';

// The convention of the answer in words (retention CLV names the one chosen for the headline).
function conventionLine(calc, result, period, convention) {
  const p = { period: t('period', period) };
  if (!result) return '';
  if (calc.conventions) return t('convention', 'retention_intro', { ...p, chosen: t('convention', convention, p) });
  if (calc.table) return `${t('convention', `timing_${result.timing}`, p)} ${t('convention', `horizon_${result.horizon}`, p)}`;
  if (calc.id === 'simple_clv') return t('convention', `basis_${result.basis}`, p);
  return t('convention', `calc_${calc.id}`, p);
}

export function createSolution(root) {
  const list = byTestId(root, 'steps');
  const note = byTestId(root, 'steps-note');
  const line = byTestId(root, 'convention');
  // `response`: the last good answer for the calculation, or null.
  function render(calc, response, fmt, period, convention) {
    const result = response?.result ?? null;
    const steps = response?.steps ?? [];
    renderSteps(list, steps, fmt, period);
    // Retention CLV's steps sit with each convention; the convention line below already says so.
    note.hidden = steps.length > 0 || Boolean(calc.conventions && result);
    setText(note, t('ui', 'steps_none'));
    setText(line, conventionLine(calc, result, period, convention));
  }
  return { render };
}
