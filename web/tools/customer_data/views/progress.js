// The work in progress: what is being done, a bar (a fraction when one is known, else moving),
// and Cancel. The page stays usable meanwhile: the work runs in the engine's Worker.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';

export function createProgress(root, { onCancel }) {
  const label = h('span.progress-label', { dataset: { testid: 'data-progress-label' } });
  const bar = h('progress', { max: 1, dataset: { testid: 'data-progress-bar' } });
  const cancel = h('button.button.small', { type: 'button', dataset: { testid: 'data-cancel' }, onclick: () => onCancel() });
  root.append(label, bar, cancel);
  root.hidden = true;
  return {
    // phase: a word of the `data` catalogue (reading, previewing, summarising, ...); fraction 0..1 or null.
    show(phase, fraction = null) {
      root.hidden = false;
      label.textContent = t('data', `phase_${phase}`);
      cancel.textContent = t('data', 'cancel');
      if (fraction === null) bar.removeAttribute('value');
      else bar.value = fraction;
    },
    hide() { root.hidden = true; },
  };
}
