// The page frame: static labels (data-i18n), the language/currency/period switches, the list
// of calculations and the worked-example presets.
import { t } from '../i18n.js';
import { calculations } from '../calculations.js';
import { LANGUAGES, CURRENCIES, PERIODS } from '../state.js';

const h = (tag, props = {}, children = []) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

const GROUPS = ['clv', 'retention', 'cost'];

export function createChrome(doc, hooks) {
  const q = (id) => doc.querySelector(`[data-testid="${id}"]`);
  const lang = q('lang-switch');
  const currency = q('currency-switch');
  const period = q('period-switch');
  const nav = q('calc-picker');
  const presetList = q('presets');
  lang.addEventListener('change', () => hooks.onLanguage(lang.value));
  currency.addEventListener('change', () => hooks.onCurrency(currency.value));
  period.addEventListener('change', () => hooks.onPeriod(period.value));
  q('share-link').addEventListener('click', () => hooks.onShare());

  // Static texts and option lists; called after a language change.
  function translate(state, presets) {
    for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = t('ui', node.dataset.i18n);
    for (const node of doc.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t('ui', node.dataset.i18nLabel));
    doc.title = t('ui', 'title');
    lang.replaceChildren(...LANGUAGES.map((l) => h('option', { value: l, textContent: l === 'zh-CN' ? '简体中文' : 'English' })));
    currency.replaceChildren(...CURRENCIES.map((c) => h('option', { value: c, textContent: `${c} · ${t('currency', c)}` })));
    period.replaceChildren(...PERIODS.map((p) => h('option', { value: p, textContent: t('ui', `per_${p}`) })));
    nav.replaceChildren(...GROUPS.map((group) => h('li', { className: 'nav-group' }, [
      h('span', { className: 'nav-heading', textContent: t('ui', `group_${group}`) }),
      h('ul', {}, calculations.filter((c) => c.group === group).map((c) => {
        const button = h('button', { type: 'button', className: 'nav-item', textContent: t('calc_name', c.id) });
        button.dataset.testid = `calc-${c.id}`;
        button.dataset.calc = c.id;
        button.addEventListener('click', () => hooks.onCalculation(c.id));
        return h('li', {}, [button]);
      })),
    ])));
    presetList.replaceChildren(...presets.map((p) => {
      const button = h('button', { type: 'button', className: 'preset', textContent: t('preset', p.id) });
      button.dataset.testid = `preset-${p.id}`;
      button.title = p.id;
      button.addEventListener('click', () => hooks.onPreset(p));
      return h('li', {}, [button]);
    }));
    sync(state);
  }

  // Reflects the state in the switches and the selected calculation.
  function sync(state) {
    lang.value = state.lang;
    currency.value = state.currency;
    period.value = state.period;
    for (const button of nav.querySelectorAll('button')) {
      const on = button.dataset.calc === state.calc;
      button.classList.toggle('active', on);
      if (on) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  }

  return { translate, sync, setPeriodEnabled: (yes) => { period.disabled = !yes; } };
}
