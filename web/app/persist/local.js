// localStorage: a reload loses nothing. The state is saved with the hash last written to the URL
// and this tab's id, so that opening can tell a shared link (the hash wins) from a reload of
// the tab that saved it (the saved state wins: it was saved on leaving, and the URL a reload
// keeps may be older than the hash written last).
const STORAGE_KEY = 'clvcalc.state.v1';
const TAB_KEY = 'clvcalc.tab';

// {state, written, tab} as saved, or null (nothing saved, storage disabled or corrupt). `state` is
// as stored, unchecked: the caller restores it field by field (app/opening.js). A save from before
// tools existed held the calculator's state at the top level; it comes back as the calculator's.
export function loadSaved() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!saved || typeof saved !== 'object') return null;
    const written = typeof saved.written === 'string' ? saved.written : null;
    const tab = saved.tab ?? null;
    if (saved.state && typeof saved.state === 'object') return { state: saved.state, written, tab };
    const { calc, inputs, check, lang, currency, period } = saved;
    return { state: { tool: 'calculator', lang, currency, period, calculator: { calc, inputs, check } }, written, tab };
  } catch {
    return null;
  }
}

export function save(state, written) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, written, tab: tabId() }));
  } catch { /* private mode or full: the URL still has the state */ }
}

// Whether to open the saved state rather than the URL's hash.
export function preferSaved(saved, hash, navigationType) {
  if (!saved) return false;
  const reloaded = navigationType === 'reload' && saved.tab != null && saved.tab === tabId();
  return reloaded || !hash || hash === '#' || hash === saved.written;
}

// An id for this tab, kept across its reloads (sessionStorage belongs to one tab).
let tab;
function tabId() {
  if (tab === undefined) {
    try {
      tab = sessionStorage.getItem(TAB_KEY);
      if (!tab) sessionStorage.setItem(TAB_KEY, tab = Math.random().toString(36).slice(2, 10));
    } catch {
      tab = null;  // storage disabled: no reload is recognised, the hash decides
    }
  }
  return tab;
}
