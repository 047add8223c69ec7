// Composition root. The engine, the saved state and the language catalogue are started before
// the rest of the page's modules are evaluated, so their downloads overlap; then the page
// starts, and offers offline use once the first answer is on screen.
import { start } from './engine.js';
import { openingState } from './state.js';
import { loadLanguage } from './i18n.js';

const engineReady = start();
const state = openingState(location.hash, performance.getEntriesByType?.('navigation')[0]?.type);
const languageReady = loadLanguage(state.lang);
const { startApp } = await import('./app.js');

startApp(document, { engineReady, state, languageReady }).then(() => {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('./sw.js').catch(() => { /* offline support is optional */ });
  }
});
