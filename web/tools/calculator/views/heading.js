// The calculation's heading: its name, what it does, the note of a worked example just loaded;
// the sidebar's mark and the page's period switch (offered only where the calculation has one).
import { t } from '../../../i18n/i18n.js';
import { byTestId, setText } from '../../../ui/dom.js';

export function createHeading(doc, { sidebar, setPeriodEnabled }) {
  const title = byTestId(doc, 'calc-title');
  const about = byTestId(doc, 'calc-about');
  const note = byTestId(doc, 'preset-note');
  // `calc` is the described calculation, or null before the engine has described it.
  function show(state, calc) {
    const id = state.calculator.calc;
    setText(title, t('calc_name', id));
    setText(about, t('calc_about', id));
    const preset = state.calculator.preset;
    note.hidden = !preset;
    setText(note, preset ? t('preset_note', preset, { name: t('preset', preset) }) : '');
    sidebar.select(id);
    if (calc) setPeriodEnabled(Boolean(calc.period));
  }
  return { show, title };
}
