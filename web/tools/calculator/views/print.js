// The printout's head (print only): the date, currency and period, and the inputs given as a
// compact list (label and the text as typed; choices in words), not the form's empty boxes.
import { t, language } from '../../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../../ui/dom.js';
import { visibleFields } from '../descriptors.js';
import { fullFieldLabel } from './labels.js';

// [name, label, text] of each input the printout lists: shown in the form and not blank.
function givenInputs(calc, raw, period) {
  return visibleFields(calc, raw).filter((f) => !f.ui && String(raw[f.name] ?? '').trim() !== '')
    .map((f) => [f.name, fullFieldLabel(f, period),
      f.kind === 'choice' ? t('choice', `${f.name}.${raw[f.name]}`) : String(raw[f.name]).trim()]);
}

export function createPrintHead(doc) {
  const meta = byTestId(doc, 'print-meta');
  const list = byTestId(doc, 'print-inputs');
  // state: the page's; raw: the field texts shown.
  function render(state, calc, raw) {
    const date = new Intl.DateTimeFormat(state.lang, { dateStyle: 'long' }).format(new Date());
    setText(meta, `${date} · ${state.currency} · ${t('ui', `per_${state.period}`)}`);
    syncChildren(list, givenInputs(calc, raw, state.period), ([name]) => `${language()}|${name}`,
      ([, label]) => h('div.print-input', [h('dt', label), h('dd')]),
      (row, [, , text]) => setText(row.lastElementChild, text));
  }
  return { render };
}
