// The parts of the dashboard after unit economics, each mounted when the engine has its
// calculation: segments, sensitivity and break-even, cost structure, value composition,
// loyalty programme, satisfaction, win-back and scenarios.
export function mountSections() {
  const parts = {};
  return { current: () => Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, p.current()])) };
}
