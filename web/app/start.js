// Starts the page: the store, the shell, the URL and storage in step with the store, the
// language, and the router, which mounts the open tool. `opening` holds what main.js began
// early: {engine (the calculator's), state, ignored, languageReady}.
import { loadLanguage, t } from '../i18n/i18n.js';
import { byTestId } from '../ui/dom.js';
import { createNotify } from '../ui/notify.js';
import { createStore } from './store.js';
import { createShell } from './shell.js';
import { startSync } from './persist/sync.js';
import { TOOLS } from './tools.js';
import { startRouter } from './router.js';
import { createEngines } from './engines.js';

// The first screen baked into index.html for a first visit (scripts/prerender.mjs) gives way to
// the live page, which has just rendered the same state. Returns whether one was shown.
function dropPrerender(doc) {
  const shown = doc.documentElement.hasAttribute('data-prerender');
  for (const copy of doc.querySelectorAll('.prerender')) copy.remove();
  doc.documentElement.removeAttribute('data-prerender');
  return shown;
}

// The language's words are loaded before `words` names it: views re-word on `words`, never on
// a language whose catalogue is still on its way. The newest choice wins.
function followLanguage(store) {
  let wanted = null;
  store.watch((s) => s.lang, (lang) => {
    wanted = lang;
    loadLanguage(lang).then(() => {
      if (wanted === lang) store.update((s) => (s.words === lang ? s : { ...s, words: lang }));
    }, () => { /* the page keeps its words */ });
  });
}

// Says once which parts of a link could not be read: what the hash decoder left out and what the
// open tool drops once it knows its fields arrive together, as one notice.
function ignoredNotice(notify) {
  const parts = new Set();
  return (more) => {
    if (!more.length) return;
    for (const part of more) parts.add(part);
    notify.toast(t('ui', 'link_ignored', { parts: [...parts].join(', ') }));
  };
}

async function share(sync, notify) {
  sync.writeNow();
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
    notify.toast(t('ui', 'link_copied'));
  } catch {
    notify.toast(`${t('ui', 'link_here')} ${url}`);
  }
}

export async function startApp(doc, opening) {
  await opening.languageReady;
  const store = createStore({ ...opening.state, words: opening.state.lang });
  const notify = createNotify(byTestId(doc, 'toast'), byTestId(doc, 'live'));
  const noteIgnored = ignoredNotice(notify);
  const place = (s) => `${s.tool}|${s.tool === 'calculator' ? s.calculator.calc : ''}`;
  const sync = startSync(store, TOOLS, {
    place,
    onLink: ({ ignored }) => noteIgnored(ignored),
  });
  const shell = createShell(doc, store, Object.values(TOOLS), { onShare: () => share(sync, notify) });
  shell.translate();
  store.watch((s) => s.words, () => shell.translate());
  followLanguage(store);
  noteIgnored(opening.ignored);

  const engines = createEngines({ calculator: opening.engine });
  const router = startRouter(doc, store, TOOLS, { doc, store, engines, shell, notify, noteIgnored,
                                                  writeNow: sync.writeNow, dropPrerender: () => dropPrerender(doc) });
  await router.opened;
  // For the speed budget (tests/bench/page_bench.mjs): a first visit's first result was the
  // prerendered one, marked by index.html; 'clvcalc:live' is when the page answers typing.
  if (!dropPrerender(doc)) performance.mark('clvcalc:first-result');
  performance.mark('clvcalc:live');
}
