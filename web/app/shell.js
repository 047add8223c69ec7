// The frame every tool shares: static labels (data-i18n), the language, currency and period
// switches, the share button and the tool switcher (shown once more than one tool has its
// features). Every control works before the engine is ready: it changes the store, and what
// depends on the engine follows when the engine arrives.
import { t } from '../i18n/i18n.js';
import { h, byTestId } from '../ui/dom.js';
import { LANGUAGES, CURRENCIES, PERIODS } from './settings.js';

export function createShell(doc, store, tools, { onShare }) {
  const lang = byTestId(doc, 'lang-switch');
  const currency = byTestId(doc, 'currency-switch');
  const period = byTestId(doc, 'period-switch');
  const toolNav = byTestId(doc, 'tool-nav');
  const set = (key, value) => store.update((s) => (s[key] === value ? s : { ...s, [key]: value }));
  lang.addEventListener('change', () => set('lang', lang.value));
  currency.addEventListener('change', () => set('currency', currency.value));
  period.addEventListener('change', () => set('period', period.value));
  byTestId(doc, 'share-link').addEventListener('click', () => onShare());

  // Static texts and option lists, in the language whose words are loaded.
  function translate() {
    for (const node of doc.querySelectorAll('[data-i18n]')) node.textContent = t('ui', node.dataset.i18n);
    for (const node of doc.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t('ui', node.dataset.i18nLabel));
    doc.title = t('ui', 'title');
    lang.replaceChildren(...LANGUAGES.map((l) => h('option', { value: l, textContent: l === 'zh-CN' ? '简体中文' : 'English' })));
    // A phone's narrow switch shows the code alone ("USD · US d…" was cut); the name stays its title.
    const narrow = globalThis.matchMedia?.('(max-width: 480px)').matches;
    currency.replaceChildren(...CURRENCIES.map((c) => h('option', { value: c, title: t('currency', c),
      textContent: narrow ? c : `${c} · ${t('currency', c)}` })));
    period.replaceChildren(...PERIODS.map((p) => h('option', { value: p, textContent: t('ui', `per_${p}`) })));
    const shown = tools.filter((tool) => tool.enabled);
    toolNav.hidden = shown.length < 2;
    toolNav.replaceChildren(...(shown.length < 2 ? [] : shown.map((tool) => h('button', {
      type: 'button', className: 'tool-tab', textContent: t('tool', tool.id),
      dataset: { testid: `tool-${tool.id}`, toolTab: tool.id },  // not data-tool: that marks a tool's root (router.js)
      onclick: () => set('tool', tool.id),
    }))));
    sync(store.get());
  }

  // Reflects the state in the switches.
  function sync(state) {
    lang.value = state.lang;
    currency.value = state.currency;
    period.value = state.period;
    for (const button of toolNav.querySelectorAll('button')) {
      const on = button.dataset.toolTab === state.tool;
      button.classList.toggle('active', on);
      if (on) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  }

  store.watch((s) => [s.lang, s.currency, s.period, s.tool], () => sync(store.get()));
  globalThis.matchMedia?.('(max-width: 480px)').addEventListener?.('change', () => translate());
  return { translate, setPeriodEnabled: (yes) => { period.disabled = !yes; } };
}
