// Keeps the URL hash and localStorage in step with the store. They are written when typing
// pauses (replaceState alone costs ~0.5 ms, more than an answer), at once before a link is
// shared or a file saved, and when the page is left. Opening another calculation or tool is a
// history entry, so Back returns to the previous one instead of leaving the site. A pasted link
// or Back/Forward applies that hash to the page.
import { encodeHash, decodeHash } from './hash.js';
import { save } from './local.js';
import { persistedState } from '../opening.js';

const PAUSE_MS = 250;

// `place(state)`: what a history entry stands for (the tool and, say, the calculation).
// `onLink({state, ignored})`: a hash arrived from outside (pasted link, Back/Forward).
export function startSync(store, tools, { place, onLink }) {
  let timer = 0;
  let written = location.hash;
  let applying = false;  // a hash being applied must not write itself back as a new entry

  function writeNow(push = false) {
    clearTimeout(timer);
    timer = 0;
    const state = store.get();
    written = encodeHash(state, tools);
    if (push) history.pushState(null, '', written);
    else if (location.hash !== written) history.replaceState(null, '', written);
    save(persistedState(state, tools), written);
  }

  store.subscribe((state, previous) => {
    if (applying) return;
    if (place(state) !== place(previous)) writeNow(true);
    else if (!timer) timer = setTimeout(() => writeNow(false), PAUSE_MS);
  });

  function arrived() {
    if (location.hash === written) return;  // our own replaceState/pushState fires no event, a reload does
    const decoded = decodeHash(location.hash, store.get(), tools);
    written = location.hash;
    if (decoded.state === store.get()) return;
    applying = true;
    try {
      store.update(() => decoded.state);
    } finally {
      applying = false;
    }
    save(persistedState(store.get(), tools), written);
    onLink(decoded);
  }
  addEventListener('hashchange', arrived);
  addEventListener('popstate', arrived);
  // Not replaceState here: a reload already has its URL, and must find `written` equal to it.
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    timer = 0;
    save(persistedState(store.get(), tools), written);
  });
  document.addEventListener('visibilitychange', () => { if (document.hidden && timer) writeNow(false); });
  return { writeNow: () => writeNow(false) };
}
