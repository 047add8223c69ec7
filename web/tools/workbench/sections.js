// The parts of the dashboard after unit economics, each mounted when the engine has its
// calculation (a part whose calculation has not landed stays hidden): the form sections
// (descriptors.js FORM_PAGES with a `section`), segments, sensitivity and break-even, scenarios.
import { byTestId } from '../../ui/dom.js';
import { FORM_PAGES } from './descriptors.js';
import { createFormSection } from './form-section.js';

export function mountSections({ root, store, engine, calcs }) {
  const parts = {};
  for (const page of FORM_PAGES) {
    const calc = calcs.byForm[page.form];
    if (!page.section || !calc) continue;
    parts[page.form] = createFormSection({ section: byTestId(root, `wb-section-${page.section}`), store, engine, calc,
                                           resultSpecs: calcs.byName.get(page.id).results });
  }
  return { current: () => Object.fromEntries(Object.entries(parts).map(([k, p]) => [k, p.current()])) };
}
