// The page's state and who listens to it. State is a plain object, replaced (never mutated) by
// update(); listeners hear every change, watch() only changes of the part it selects, so a view
// re-renders when, and only when, what it shows has changed.
//   const store = createStore({ tool: 'calculator', ... });
//   store.watch((s) => s.lang, (lang) => ...);
//   store.update((s) => ({ ...s, lang: 'en' }));

// Equal as far as a view can tell: the same value, or arrays/objects with the same entries.
export function shallowEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && Object.is(a[k], b[k]));
}

export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    // Replaces the state with change(state); listeners run only when it returns a new object.
    update(change) {
      const next = change(state);
      if (next === state || next === undefined) return;
      const previous = state;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // Calls then(selected, previous) whenever select(state) changes (shallowly); returns unwatch.
    watch(select, then) {
      let last = select(state);
      return this.subscribe((next) => {
        const value = select(next);
        if (shallowEqual(value, last)) return;
        const previous = last;
        last = value;
        then(value, previous);
      });
    },
  };
}

// A copy of `object` with `path` (a list of keys) set to `value`; the untouched parts are shared.
export function setIn(object, path, value) {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (key === '__proto__') throw new Error('setIn: "__proto__" is not a key');  // would set the prototype
  const base = object && typeof object === 'object' ? object : {};
  const next = Array.isArray(base) ? [...base] : { ...base };
  next[key] = setIn(base[key], rest, value);
  return next;
}

// Resolves once predicate(state) holds (at once when it already does).
export function until(store, predicate) {
  if (predicate(store.get())) return Promise.resolve(store.get());
  return new Promise((resolve) => {
    const stop = store.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
  });
}
