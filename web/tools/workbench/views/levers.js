// What-if levers: sliders on the rates that move the answer most (retention, gross margin,
// discount rate). A slider writes the field's text as a percentage ("82%"), so the form, the link
// and the request are the same as when it is typed; the answer follows at every step.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText, syncChildren } from '../../../ui/dom.js';
import { parseRate } from '../../../ui/parse.js';

// [field, slider's upper end in percent, step in percent]
export const LEVERS = [['retention_rate', 99, 1], ['gross_margin_rate', 100, 1], ['discount_rate', 30, 0.5]];

// The slider position of a field's text: its percentage, or null when it does not read as a rate.
export function leverPosition(text) {
  const parsed = parseRate(text);
  return 'value' in parsed ? Number((parsed.value * 100).toPrecision(10)) : null;
}

export function createLevers(root, { onLever }) {
  // texts: the form's texts; shown: the fields the form shows (a lever for a hidden one is off).
  function render({ texts, shown, period }) {
    const levers = LEVERS.filter(([name]) => shown.has(name));
    syncChildren(root, levers, ([name]) => `${language()}|${period}|${name}`,
      ([name, max, step]) => {
        const slider = h('input', { type: 'range', min: '0', max: String(max), step: String(step), dataset: { testid: `wb-lever-${name}` } });
        slider.addEventListener('input', () => onLever(name, `${slider.value}%`));
        return h('label.wb-lever', [h('span.wb-lever-label', t('name', name, { period: t('period', period) })), slider, h('output')]);
      },
      (label, [name]) => {
        const slider = label.querySelector('input');
        const at = leverPosition(texts[name]);
        slider.disabled = at === null;
        if (at !== null && Number(slider.value) !== at) slider.value = String(at);
        setText(label.querySelector('output'), at === null ? '—' : `${at}%`);
      });
  }
  return { render };
}
