// Composition root. The engine, the opening state and the language catalogue are started before
// the rest of the page's modules are evaluated, so their downloads overlap; then the page
// starts, and offers offline use once the first answer is on screen.
import { createEngine } from './engine/client.js';
import { openingState } from './app/opening.js';
import { loadLanguage } from './i18n/i18n.js';
import { TOOLS } from './app/tools.js';
import { startApp } from './app/start.js';

// Keystroke answers run on the main thread (docs/performance.md); `clvcalc.engine=worker` in
// localStorage runs them in the Worker instead, for measuring.
const where = (() => { try { return localStorage.getItem('clvcalc.engine') === 'worker' ? 'worker' : 'main'; } catch { return 'main'; } })();
const engine = createEngine({ module: 'calculator', where });
const { state, ignored } = openingState(TOOLS, location.hash, performance.getEntriesByType?.('navigation')[0]?.type);
const languageReady = loadLanguage(state.lang).catch(() => {});

startApp(document, { engine, state, ignored, languageReady }).then(() => {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('./sw.js').catch(() => { /* offline support is optional */ });
  }
});
