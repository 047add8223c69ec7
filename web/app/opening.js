// The state the page opens with: a shared link's (the URL hash) applied onto what this browser
// saved, unless the hash is the one this page wrote last or this is a reload of the tab that
// saved it (app/persist/local.js says why); a first visit's default state otherwise.
import { LANGUAGES, CURRENCIES, PERIODS, pick, browserLanguage, defaultCurrency, initialState } from './settings.js';
import { decodeHash } from './persist/hash.js';
import { loadSaved, preferSaved } from './persist/local.js';

// A saved state (anything at all) made safe, setting by setting and tool by tool.
export function restoreState(raw, tools) {
  const lang = pick(raw?.lang, LANGUAGES, browserLanguage());
  const state = { tool: 'calculator', lang, currency: pick(raw?.currency, CURRENCIES, defaultCurrency(lang)),
                  period: pick(raw?.period, PERIODS, 'year') };
  if (typeof raw?.tool === 'string' && Object.hasOwn(tools, raw.tool) && tools[raw.tool].enabled) state.tool = raw.tool;
  for (const [id, tool] of Object.entries(tools)) state[id] = tool.codec.restore(raw?.[id]);
  return state;
}

// What storage and files keep of a state: settings, the tool, and each tool's persisted part.
export function persistedState(state, tools) {
  const out = { tool: state.tool, lang: state.lang, currency: state.currency, period: state.period };
  for (const [id, tool] of Object.entries(tools)) out[id] = tool.codec.persisted(state[id]);
  return out;
}

// {state, ignored}: `ignored` lists the parts of the link the page could not read.
export function openingState(tools, hash, navigationType = 'navigate') {
  const saved = loadSaved();
  const base = saved ? restoreState(saved.state, tools) : initialState(tools);
  if (preferSaved(saved, hash, navigationType)) return { state: base, ignored: [] };
  return decodeHash(hash, base, tools);
}
