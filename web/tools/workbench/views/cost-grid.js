// The cost structure's inputs as one grid: a row per cost item, grouped under its family, with a
// box for this period and one for the previous period, so the two periods are typed side by side.
// A box that shows the dashboard's number (acquisition and retention spend) is tagged so; a
// problem shows under the box it names. Built once per language; values updated in place.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText } from '../../../ui/dom.js';
import { problemText } from '../../../ui/messages.js';

export const PERIODS = ['families', 'previous_families'];

// {family: [item]} in the order the core describes them, from the fields' dotted names.
export function familiesOf(calc) {
  const out = new Map();
  for (const f of calc.fields) {
    const [top, family, item] = f.name.split('.');
    if (top !== 'families' || !item) continue;
    if (!out.has(family)) out.set(family, []);
    out.get(family).push(item);
  }
  return out;
}

function cellBox(name, onInput) {
  const input = h('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off', spellcheck: false,
                             dataset: { testid: `input-${name}` }, attrs: { 'aria-label': name } });
  input.addEventListener('input', () => onInput(name, input.value));
  const tag = h('span.link-tag', { hidden: true, ariaHidden: 'true' });
  const error = h('p.cell-error', { hidden: true, dataset: { testid: `error-${name}` } });
  return { input, tag, error, td: h('td', { dataset: { field: name } }, [h('div.control', [input, tag]), error]) };
}

// calc: the cost_structure_periods descriptor; onInput(name, text).
export function createCostGrid(calc, { onInput }) {
  const families = familiesOf(calc);
  const fields = new Map(calc.fields.map((f) => [f.name, f]));
  const table = h('table.wb-table.wb-cost-grid', { dataset: { testid: 'wb-cost-grid' } });
  let cells = new Map();
  let key = '';

  function build() {
    cells = new Map();
    const head = h('thead', [h('tr', [h('th', { scope: 'col', textContent: t('wb', 'cs_item') }),
      ...PERIODS.map((p) => h('th', { scope: 'col', textContent: t('wb', `cs_${p}`) }))])]);
    const bodies = [...families].map(([family, items]) => h('tbody', { dataset: { family } }, [
      h('tr.family-row', [h('th', { scope: 'colgroup', colSpan: 3, textContent: t('family', family) })]),
      ...items.map((item) => {
        const boxes = PERIODS.map((p) => {
          const name = `${p}.${family}.${item}`;
          const box = cellBox(name, onInput);
          box.input.setAttribute('aria-label', `${t('family', family)} · ${t('item', item)} · ${t('wb', `cs_${p}`)}`);
          cells.set(name, box);
          return box.td;
        });
        return h('tr', [h('th', { scope: 'row', textContent: t('item', item) }), ...boxes]);
      })]));
    table.replaceChildren(head, ...bodies);
  }

  // texts: the form's texts; linked / examples: names showing the dashboard's / the demo's.
  function render({ texts, linked, examples, problems, fmt }) {
    if (key !== language()) { key = language(); build(); }
    const byName = new Map(problems.map((p) => [p.name, p]));
    for (const [name, box] of cells) {
      const want = texts[name] ?? '';
      if (box.input.value !== want) box.input.value = want;
      box.tag.hidden = !linked.has(name) && !examples.has(name);
      setText(box.tag, linked.has(name) ? t('wb', 'from_dashboard') : t('ui', 'example'));
      box.td.classList.toggle('is-linked', linked.has(name));
      box.td.classList.toggle('is-example', examples.has(name) && !linked.has(name));
      const p = byName.get(name);
      box.td.classList.toggle('invalid', Boolean(p));
      box.input.setAttribute('aria-invalid', p ? 'true' : 'false');
      box.error.hidden = !p;
      setText(box.error, p ? problemText(p, fields.get(name), fmt) : '');
    }
  }

  return { node: h('div.table-wrap', [table]), render, knows: (name) => cells.has(name) };
}
