// Message catalogues: one flat map per section (ui, field, formula, problem, ...), loaded per
// language from i18n/<lang>.json, plus each opened tool's own words (<folder>/<lang>.json, added
// by addCatalogue when the tool mounts, so a tool's words never weigh on another's download).
// t() never returns blank: a missing key falls back to a readable form of the key itself, so a
// gap shows up as words, not as nothing.
let dictionary = {};
let current = 'en';
const folders = ['i18n/'];  // every catalogue folder, the page's first; found from index.html

async function fetchCatalogue(folder, lang) {
  const response = await fetch(new URL(`${folder}${lang}.json`, document.baseURI));
  if (!response.ok) throw new Error(`${folder}${lang}.json: HTTP ${response.status}`);
  return response.json();
}

// Section by section: a tool's sections add to the page's (a key the page has stays the page's).
function merge(into, words) {
  for (const [section, entries] of Object.entries(words)) into[section] = { ...entries, ...into[section] };
  return into;
}

export async function loadLanguage(lang) {
  const loaded = await Promise.all(folders.map((folder) => fetchCatalogue(folder, lang)));
  dictionary = loaded.reduce((all, words) => merge(all, words), {});
  current = lang;
  document.documentElement.lang = lang;
}

// Adds a tool's catalogue folder (e.g. 'tools/workbench/i18n/'): loaded now in the current
// language, and with the page's on every change of language.
export async function addCatalogue(folder) {
  if (folders.includes(folder)) return;
  folders.push(folder);
  merge(dictionary, await fetchCatalogue(folder, current));
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
