// One answer loop per part of the dashboard: when what the part depends on changes in the store
// (`key(state)`, compared shallowly), its request goes to the engine once and the part is drawn
// from the response; an older answer arriving after a newer request is dropped. The last good
// response is kept, so bad input shows it marked stale rather than a blank.
import { shallowEqual } from '../../app/store.js';

// Answers asked and not yet shown, over every loop: when the last one is shown the dashboard is
// settled, and the `clvcalc:wb-settled` mark says so (the bench times levers and links by it).
let pending = 0;
function settledOne() {
  pending -= 1;
  if (pending === 0) performance.mark('clvcalc:wb-settled');
}

// part: {key(state) -> array, request(state) -> request | null, show(state, response, good, isStale)}
export function answerLoop(store, engine, part) {
  let latest = 0;
  let good = null;
  let current = null;  // {request, response} on screen, for the saved file

  async function run() {
    pending += 1;
    try {
      await answer();
    } finally {
      settledOne();
    }
  }

  async function answer() {
    const state = store.get();
    const request = part.request(state);
    const ticket = ++latest;
    if (!request) {
      part.show(state, null, good, false);
      return;
    }
    const response = await engine.evaluate(request);
    if (ticket !== latest) return;
    if (response.ok) good = response;
    current = { request, response };
    part.show(state, response, good, !response.ok && Boolean(good));
  }

  let key = part.key(store.get());
  store.subscribe((state) => {
    const next = part.key(state);
    if (shallowEqual(next, key)) return;
    key = next;
    run();
  });
  return { run, current: () => current, good: () => good };
}
