// The printed report's head (print only): the client, the date, currency and period, and the
// inputs given as a compact list (label and text as typed), not the form's boxes.
import { t, language } from '../../../i18n/i18n.js';
import { h, byTestId, setText, syncChildren } from '../../../ui/dom.js';
import { visibleFields } from '../../calculator/descriptors.js';
import { fullFieldLabel } from '../../calculator/views/labels.js';
import { formTexts } from '../answer.js';

// [name, label, text] of each input shown and not blank.
export function givenInputs(calc, raw, period) {
  return visibleFields(calc, raw).filter((f) => !f.ui && String(raw[f.name] ?? '').trim() !== '')
    .map((f) => [f.name, fullFieldLabel(f, period),
      f.kind === 'choice' ? t('choice', `${f.name}.${raw[f.name]}`) : String(raw[f.name]).trim()]);
}

export function createPrint(root) {
  const meta = byTestId(root, 'wb-print-meta');
  const list = byTestId(root, 'wb-print-inputs');
  function render(state, calc) {
    const date = new Intl.DateTimeFormat(state.lang, { dateStyle: 'long' }).format(new Date());
    const client = state.workbench.client.trim() || t('wb', 'client_unnamed');
    setText(meta, `${t('wb', 'report_for')} ${client} · ${date} · ${state.currency} · ${t('ui', `per_${state.period}`)}`);
    const rows = givenInputs(calc, formTexts(state.workbench, calc, state.period), state.period);
    syncChildren(list, rows, ([name]) => `${language()}|${state.period}|${name}`,
      ([, label]) => h('div.print-input', [h('dt', label), h('dd')]),
      (row, [, , text]) => setText(row.lastElementChild, text));
  }
  return { render };
}
