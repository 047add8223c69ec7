// The workbench's markup, made when the tool first opens (the calculator's page never carries
// it). Words are filled by translate(); every part has a test id the browser tests read.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';

const title = (key, id) => h('h2.card-title', { id, dataset: { i18nWb: key } });

function head() {
  return h('div.wb-head', [
    h('div.wb-title', [
      h('h1', { dataset: { i18nWb: 'title' } }),
      h('label.wb-client', [h('span', { dataset: { i18nWb: 'client' } }),
        h('input', { type: 'text', autocomplete: 'off', spellcheck: false, maxLength: 120, dataset: { testid: 'wb-client' } })]),
    ]),
    h('div.wb-actions', [
      h('button.button', { type: 'button', dataset: { testid: 'wb-demo', i18nWb: 'demo' } }),
      h('button.button', { type: 'button', dataset: { testid: 'wb-clear', i18nWb: 'clear' } }),
      h('button.button', { type: 'button', dataset: { testid: 'wb-save', i18nWb: 'save' } }),
      h('button.button', { type: 'button', dataset: { testid: 'wb-csv', i18nWb: 'csv' } }),
      h('label.button.file-button', [h('span', { dataset: { i18nWb: 'open' } }),
        h('input', { type: 'file', accept: 'application/json,.json', dataset: { testid: 'wb-open' } })]),
      h('button.button.primary', { type: 'button', dataset: { testid: 'wb-print', i18nWb: 'print' } }),
    ]),
  ]);
}

// The unit-economics row: the grouped form beside the KPI tiles and the worked steps.
function unitEconomics() {
  return h('div.wb-grid', [
    h('section.card.wb-form-card', { attrs: { 'aria-labelledby': 'wb-inputs-title' } }, [
      title('inputs', 'wb-inputs-title'),
      h('p.example-note', { dataset: { testid: 'wb-demo-note', i18nWb: 'demo_note' }, hidden: true }),
      h('form.inputs', { noValidate: true, autocomplete: 'off', dataset: { testid: 'wb-form-ue' } }),
    ]),
    h('div.stack', [
      h('section.card.wb-kpi-card', { dataset: { testid: 'wb-kpis' }, attrs: { 'aria-labelledby': 'wb-kpi-title' } }, [
        h('div.card-head', [title('kpis', 'wb-kpi-title'),
          h('span.stale-badge', { hidden: true, dataset: { testid: 'wb-stale', i18nWb: 'stale' } })]),
        h('label.convention-row', [h('span', { dataset: { i18nWb: 'lead' } }),
          h('select', { dataset: { testid: 'wb-lead' } }), h('span.print-only', { dataset: { testid: 'wb-lead-chosen' } })]),
        h('div.wb-levers', { dataset: { testid: 'wb-levers' } }),
        h('dl.wb-tiles', { dataset: { testid: 'wb-tiles' } }),
        h('dl.result-list.wb-more', { dataset: { testid: 'wb-more' } }),
        h('div.wb-shares', { dataset: { testid: 'wb-shares' } }),
        h('ul.notes.warnings', { hidden: true, dataset: { testid: 'wb-warnings' } }),
        h('ul.notes.problems', { hidden: true, dataset: { testid: 'wb-problems' } }),
      ]),
      h('section.card.solution-card.wb-steps-card', { attrs: { 'aria-labelledby': 'wb-steps-title' } }, [
        h('details', { dataset: { testid: 'wb-steps-details' } }, [
          h('summary', [h('span.card-title', { id: 'wb-steps-title', dataset: { i18nWb: 'steps' } })]),
          h('ol.steps', { dataset: { testid: 'wb-steps' } }),
        ]),
      ]),
    ]),
  ]);
}

// The sections that follow unit economics, each filled by its own view when its calculation
// is in the engine (views/sections.js).
function section(id) {
  return h(`section.card.wb-section.wb-${id}`, { hidden: true, dataset: { testid: `wb-section-${id}` },
                                                 attrs: { 'aria-labelledby': `wb-${id}-title` } },
    [h('div.card-head', [title(id, `wb-${id}-title`)]), h('div.wb-section-body')]);
}

export const SECTIONS = ['segments', 'sensitivity', 'cost_structure', 'value_composition', 'loyalty', 'satisfaction', 'win_back', 'scenarios'];

// The tool's root, inserted before the page's footer; hidden unless the workbench is open.
export function createLayout(doc, shown) {
  const root = h('div.wb', { hidden: !shown, dataset: { tool: 'workbench', testid: 'workbench' } }, [
    h('main.wb-main', [
      head(),
      h('p.engine-error', { role: 'alert', hidden: true, dataset: { testid: 'wb-engine-error' } }),
      h('div.print-head', [h('p.print-meta', { dataset: { testid: 'wb-print-meta' } }),
        h('dl.print-inputs', { dataset: { testid: 'wb-print-inputs' } })]),
      unitEconomics(),
      ...SECTIONS.map(section),
    ]),
  ]);
  doc.querySelector('footer.footer').before(root);
  return root;
}

// Static words of the tool (data-i18n-wb), in the language loaded.
export function translateLayout(root) {
  for (const node of root.querySelectorAll('[data-i18n-wb]')) node.textContent = t('wb', node.dataset.i18nWb);
}
