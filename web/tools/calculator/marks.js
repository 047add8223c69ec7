// User-timing marks for the speed budgets (tests/bench/page_bench.mjs), each replacing the previous
// one of its name so entries do not pile up while someone types (observers still see every one).
export function markDone(name, start) {
  performance.clearMeasures(name);
  performance.clearMarks(name);
  if (start === undefined) performance.mark(name);
  else performance.measure(name, { start });
}
