// The settings every tool shares (language, currency, period), their allowed values, and the
// state a first visit opens with.
export const LANGUAGES = ['zh-CN', 'en'];
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY'];
export const PERIODS = ['year', 'month'];

// `value` when it is one of `allowed`, else `fallback` (never a key looked up in an object).
export const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);

export function browserLanguage() {
  const langs = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'en'];
  return /^zh/i.test(langs[0] ?? '') ? 'zh-CN' : 'en';
}

export const defaultCurrency = (lang) => (lang === 'zh-CN' ? 'CNY' : 'USD');

// The whole state of a first visit: `tools` maps each tool id to its initial slice.
export function initialState(tools, lang = browserLanguage()) {
  const state = { tool: 'calculator', lang, currency: defaultCurrency(lang), period: 'year' };
  for (const [id, tool] of Object.entries(tools)) state[id] = tool.initial();
  return state;
}
