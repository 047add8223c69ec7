// Message catalogues: one flat map per section (ui, field, formula, problem, ...), loaded per
// language from i18n/<lang>.json. t() never returns blank: a missing key falls back to a
// readable form of the key itself, so a gap shows up as words, not as nothing.
let dictionary = {};
let current = 'en';

// The catalogues sit in i18n/ beside index.html (found from the page: the build bundles this file).
export async function loadLanguage(lang) {
  const response = await fetch(new URL(`i18n/${lang}.json`, document.baseURI));
  if (!response.ok) throw new Error(`i18n/${lang}.json: HTTP ${response.status}`);
  dictionary = await response.json();
  current = lang;
  document.documentElement.lang = lang;
}

export const language = () => current;

// Uses an already loaded catalogue (Node tests of the page's modules read the JSON file).
export function useDictionary(lang, catalogue) {
  dictionary = catalogue;
  current = lang;
}

export function has(section, key) {
  return typeof dictionary[section]?.[key] === 'string' || typeof dictionary[section]?.[key] === 'object';
}

// The raw entry (string or object) or undefined.
export const entry = (section, key) => dictionary[section]?.[key];

export function humanise(key) {
  return String(key).split('.').pop().replace(/_/g, ' ');
}

// Fills {name} placeholders from params; unknown placeholders are left visible.
export function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
}

export function t(section, key, params) {
  const text = dictionary[section]?.[key];
  return typeof text === 'string' ? fill(text, params) : humanise(key);
}
