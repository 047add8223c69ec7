// An editable table (segments, satisfaction indicators): one text box per cell, read-only
// result columns after them, a problem under the cell it names, rows added and removed, and a
// block pasted from a spreadsheet (tab-separated; a first row of headers in either language
// says which column is which). Rows are kept by index and updated in place, so focus survives.
import { t, has, language } from '../../../i18n/i18n.js';
import { h, setText } from '../../../ui/dom.js';
import { problemText } from '../../../ui/messages.js';
import { readPasted } from '../paste.js';

// A cell's control: a select for a choice column (blank: not given), else a text box.
function cellControl(column, props) {
  if (column.kind === 'choice') {
    return h('select', props, [h('option', { value: '', textContent: '' }),
      ...column.options.map((o) => h('option', { value: o, textContent: t('choice', `${column.name}.${o}`) }))]);
  }
  return h('input', { type: 'text', autocomplete: 'off', spellcheck: false, inputMode: column.kind === 'text' ? 'text' : 'decimal', ...props });
}

// A column's header: the table's own word for it (wb_column "indicators.name"), else the shared one.
const columnWord = (table, name, params) => t('wb_column', has('wb_column', `${table}.${name}`) ? `${table}.${name}` : name, params);

// spec: {table, columns: [form field], results: [{name, unit?, text(row, fmt) -> string, flag?}],
//        onCell(row, column, text), onRows(rows), rows() -> current texts}
export function createTableEditor(spec) {
  const { columns } = spec;
  const head = h('thead', [h('tr')]);
  const body = h('tbody');
  const table = h('table.wb-table', { dataset: { testid: `wb-table-${spec.table}` } }, [head, body]);
  const add = h('button.button.small', { type: 'button', dataset: { testid: `wb-add-${spec.table}` } });
  const wrap = h('div.table-wrap', { tabIndex: -1 }, [table]);
  const actions = h('div.wb-table-actions.wb-row', [add]);
  add.addEventListener('click', () => spec.onRows([...spec.rows(), {}]));
  table.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!text.includes('\t') && !text.includes('\n')) return;  // one value: the box takes it
    const cell = event.target.closest('td');
    if (!cell) return;
    event.preventDefault();
    const at = { row: Number(cell.parentElement.dataset.row), column: columns.findIndex((c) => c.name === cell.dataset.column) };
    spec.onRows(readPasted(text, spec.rows(), columns, at, spec.headerWords()));
  });

  function header(period) {
    const key = `${language()}|${period}`;
    if (head.dataset.key === key) return;
    head.dataset.key = key;
    add.textContent = t('wb', `add_${spec.table}`);
    head.firstElementChild.replaceChildren(
      ...columns.map((c) => h('th', { scope: 'col', textContent: columnWord(spec.table, c.name, { period: t('period', period) }) })),
      ...spec.results.map((r) => h('th', { scope: 'col', textContent: columnWord(spec.table, r.name, { period: t('period', period) }) })),
      h('th', h('span.sr-only', t('wb', 'remove_row'))));
    body.replaceChildren();  // rows are rebuilt with the new words
  }

  function newRow(i) {
    const tr = h('tr', { dataset: { row: String(i) } });
    for (const c of columns) {
      const input = cellControl(c, { dataset: { testid: `wb-cell-${spec.table}-${i}-${c.name}` },
                                     attrs: { 'aria-label': `${columnWord(spec.table, c.name, { period: '' })} ${i + 1}` } });
      input.addEventListener(c.kind === 'choice' ? 'change' : 'input', () => spec.onCell(Number(tr.dataset.row), c.name, input.value));
      tr.append(h('td', { dataset: { column: c.name } }, [input, h('p.cell-error', { hidden: true })]));
    }
    for (const r of spec.results) tr.append(h('td', { dataset: { result: r.name, testid: `wb-out-${spec.table}-${i}-${r.name}` } }));
    const remove = h('button.button.small', { type: 'button', textContent: '×', attrs: { 'aria-label': t('wb', 'remove_row') },
                                               dataset: { testid: `wb-remove-${spec.table}-${i}` } });
    remove.addEventListener('click', () => spec.onRows(spec.rows().filter((_, k) => k !== Number(tr.dataset.row))));
    tr.append(h('td', [remove]));
    return tr;
  }

  // texts: [{column: text}] shown; outputs: [result row | null] by index; problems: [{row, column, problem}]
  function render({ texts, outputs, problems, fmt, period }) {
    header(period);
    while (body.rows.length > texts.length) body.lastElementChild.remove();
    while (body.rows.length < texts.length) body.append(newRow(body.rows.length));
    const byCell = new Map(problems.map((p) => [`${p.row}|${p.column}`, p]));
    texts.forEach((row, i) => {
      const tr = body.rows[i];
      columns.forEach((c, k) => {
        const td = tr.cells[k];
        const input = td.firstElementChild;
        const want = row[c.name] ?? '';
        if (input.value !== want) input.value = want;
        const p = byCell.get(`${i}|${c.name}`);
        td.classList.toggle('invalid', Boolean(p));
        input.setAttribute('aria-invalid', p ? 'true' : 'false');
        const error = td.lastElementChild;
        error.hidden = !p;
        setText(error, p ? problemText(p, c, fmt) : '');
      });
      const out = outputs[i] ?? null;
      spec.results.forEach((r, k) => {
        const td = tr.cells[columns.length + k];
        setText(td, out ? r.text(out, fmt) : '');
        if (r.kind === 'choice') td.dataset.value = out ? String(out[r.name] ?? '') : '';  // for styles (tiers)
      });
      tr.classList.toggle('is-loss', Boolean(out && spec.isLoss?.(out)));
    });
  }

  return { nodes: [wrap, actions], render };
}
