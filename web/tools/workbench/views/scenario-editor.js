// The scenarios' editor: a card per scenario with its name and its changes (a dashboard input
// and its new value, typed as on the dashboard), buttons to add a change, remove one, remove the
// scenario, and to add a scenario (up to the core's limit). A problem shows under the box it
// names. Cards and rows are kept by index and updated in place, so focus survives typing.
import { t, language } from '../../../i18n/i18n.js';
import { h, setText } from '../../../ui/dom.js';
import { problemText } from '../../../ui/messages.js';
import { fullFieldLabel } from '../../calculator/views/labels.js';

// A row's changes: [field name, text] in the order typed (every key but the name).
export const changesOf = (row) => Object.entries(row).filter(([k]) => k !== 'name');

function withChange(row, k, name, text) {
  const entries = changesOf(row);
  entries[k] = [name, text];
  return { name: row.name ?? '', ...Object.fromEntries(entries) };
}

function button(label, testid, onClick) {
  const b = h('button.button.small', { type: 'button', textContent: label, dataset: { testid } });
  b.addEventListener('click', onClick);
  return b;
}

// spec: {fields (changeable ue fields), max, rows(), onRows(rows), startText(field name) -> text}
export function createScenarioEditor(spec) {
  const list = h('div.wb-scn-cards', { dataset: { testid: 'wb-scn-editor' } });
  const add = button('', 'wb-add-scenarios', () => spec.onRows([...spec.rows(), { name: t('wb', 'scn_new', { n: spec.rows().length + 1 }) }]));
  const note = h('p.hint');
  const node = h('div', [list, h('div.wb-row.wb-table-actions', [add, note])]);
  const update = (i, row) => spec.onRows(spec.rows().map((r, k) => (k === i ? row : r)));

  function changeRow(i, k, period) {
    const select = h('select', { dataset: { testid: `wb-scn-field-${i}-${k}` }, attrs: { 'aria-label': t('wb', 'scn_field') } },
      spec.fields.map((f) => h('option', { value: f.name, textContent: fullFieldLabel(f, period) })));
    const input = h('input', { type: 'text', autocomplete: 'off', spellcheck: false, inputMode: 'decimal',
                               dataset: { testid: `wb-scn-value-${i}-${k}` }, attrs: { 'aria-label': t('wb', 'scn_value') } });
    const row = () => spec.rows()[i];
    select.addEventListener('change', () => update(i, withChange(row(), k, select.value, spec.startText(select.value))));
    input.addEventListener('input', () => update(i, withChange(row(), k, select.value, input.value)));
    const remove = button('×', `wb-scn-remove-change-${i}-${k}`,
      () => update(i, { name: row().name ?? '', ...Object.fromEntries(changesOf(row()).filter((_, j) => j !== k)) }));
    remove.setAttribute('aria-label', t('wb', 'scn_remove_change'));
    return h('div.wb-scn-change', [h('div.wb-scn-change-row', [select, input, remove]), h('p.cell-error', { hidden: true })]);
  }

  function card(i, period) {
    const name = h('input.wb-scn-name', { type: 'text', autocomplete: 'off', dataset: { testid: `wb-scn-name-${i}` },
                                          attrs: { 'aria-label': t('wb', 'scn_name') } });
    name.addEventListener('input', () => update(i, { ...spec.rows()[i], name: name.value }));
    const addChange = button(t('wb', 'scn_add_change'), `wb-scn-add-change-${i}`, () => {
      const used = new Set(changesOf(spec.rows()[i]).map(([k]) => k));
      const next = spec.fields.find((f) => !used.has(f.name));
      if (next) update(i, { ...spec.rows()[i], [next.name]: spec.startText(next.name) });
    });
    const remove = button(t('wb', 'scn_remove'), `wb-scn-remove-${i}`, () => spec.onRows(spec.rows().filter((_, k) => k !== i)));
    return h('section.wb-scenario', { dataset: { scenario: String(i), period } }, [
      h('div.wb-scn-head', [name, remove]), h('p.cell-error.wb-scn-name-error', { hidden: true }), h('div.wb-scn-changes'),
      h('div.wb-row', [addChange])]);
  }

  function showError(node, problem, field, fmt) {
    node.hidden = !problem;
    setText(node, problem ? problemText({ problem }, field, fmt) : '');
  }

  // rows: the scenarios' texts; problems: [{scenario, field, problem}]
  function render({ rows, problems, fmt, period }) {
    const key = `${language()}|${period}`;
    if (list.dataset.key !== key) { list.dataset.key = key; list.replaceChildren(); }
    while (list.children.length > rows.length) list.lastElementChild.remove();
    while (list.children.length < rows.length) list.append(card(list.children.length, period));
    const fields = new Map(spec.fields.map((f) => [f.name, f]));
    rows.forEach((row, i) => {
      const c = list.children[i];
      const name = c.querySelector('.wb-scn-name');
      if (name.value !== (row.name ?? '')) name.value = row.name ?? '';
      const mine = problems.filter((p) => p.scenario === i);
      showError(c.querySelector('.wb-scn-name-error'), mine.find((p) => p.field === 'name' || p.field === null)?.problem, null, fmt);
      const box = c.querySelector('.wb-scn-changes');
      const changes = changesOf(row);
      while (box.children.length > changes.length) box.lastElementChild.remove();
      while (box.children.length < changes.length) box.append(changeRow(i, box.children.length, period));
      changes.forEach(([field, text], k) => {
        const [select, input] = box.children[k].firstElementChild.children;
        if (select.value !== field) select.value = field;
        if (input.value !== text) input.value = text;
        const p = mine.find((x) => x.field === field || (x.field ?? '').startsWith(`${field}[`));
        showError(box.children[k].lastElementChild, p?.problem, fields.get(field), fmt);
        box.children[k].classList.toggle('invalid', Boolean(p));
      });
    });
    setText(add, t('wb', 'add_scenarios'));
    add.disabled = rows.length >= spec.max;
    setText(note, rows.length >= spec.max ? t('wb', 'scn_max', { n: spec.max }) : '');
  }
  return { node, render };
}
