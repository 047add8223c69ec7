// The calculator's sidebar: its calculations by group, and the worked examples (presets). The
// list is drawn from the page's descriptors, so it works before the engine is ready.
import { t } from '../../../i18n/i18n.js';
import { h, byTestId } from '../../../ui/dom.js';
import { CALCULATOR_PAGES, GROUPS } from '../descriptors.js';

export function createSidebar(doc, { onCalculation, onPreset }) {
  const nav = byTestId(doc, 'calc-picker');
  const presetList = byTestId(doc, 'presets');

  // Words and lists, in the loaded language; `presets` may still be empty (they load later).
  function translate(presets, calcId) {
    nav.replaceChildren(...GROUPS.map((group) => h('li.nav-group', [
      h('span.nav-heading', t('ui', `group_${group}`)),
      h('ul', CALCULATOR_PAGES.filter((c) => c.group === group).map((c) => h('li', [
        h('button.nav-item', { type: 'button', textContent: t('calc_name', c.id), dataset: { testid: `calc-${c.id}`, calc: c.id },
                               onclick: () => onCalculation(c.id) })]))),
    ])));
    presetList.replaceChildren(...presets.map((p) => h('li', [
      h('button.preset', { type: 'button', textContent: t('preset', p.id), title: p.id, dataset: { testid: `preset-${p.id}` },
                           onclick: () => onPreset(p) })])));
    select(calcId);
  }

  // Marks the open calculation.
  function select(calcId) {
    for (const button of nav.querySelectorAll('button')) {
      const on = button.dataset.calc === calcId;
      button.classList.toggle('active', on);
      if (on) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  }

  return { translate, select };
}
