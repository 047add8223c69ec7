// A table's rows as the core's list of objects, and the core's problems back onto the cells they
// name. Pure (tests/web/workbench_table.test.mjs). Blank cells are left out, so the core says
// what a row lacks; text that is not a number is sent as typed, so the core names it.
import { fieldValue } from '../calculator/request.js';

// A spread list's cells (tables.js) as one list: blank cells are 0 (a level nobody answered),
// and the list is left out when every cell is blank.
function gather(out, columns, row) {
  for (const column of columns) {
    if (!column.spreads || out[column.spreads] !== undefined) continue;
    const cells = columns.filter((c) => c.spreads === column.spreads);
    if (cells.every((c) => (row[c.name] ?? '').trim() === '')) continue;
    out[column.spreads] = cells.map((c) => fieldValue(c, row[c.name] ?? '') ?? 0);
  }
}

export function rowObject(columns, row) {
  const out = {};
  gather(out, columns, row);
  for (const column of columns) {
    if (column.spreads) continue;
    const text = row[column.name] ?? '';
    if (column.kind === 'text') {
      if (text.trim() !== '') out[column.name] = text.trim();
      continue;
    }
    if (column.kind === 'choice' && text === '') continue;
    const value = fieldValue(column, text);
    if (value !== undefined) out[column.name] = value;
  }
  return out;
}

export const rowObjects = (columns, rows) => rows.map((row) => rowObject(columns, row));

// "inputs.segments[2].customers" -> {row: 2, column: 'customers'} for `field`; null otherwise.
// An item of a spread list, "inputs.indicators[0].counts[3]", is its column "counts_4".
export function cellOf(path, field) {
  const m = /^inputs\.([a-z_]+)\[(\d+)\](?:\.([a-z_]+)(?:\[(\d+)\])?)?$/.exec(String(path ?? ''));
  if (!m || m[1] !== field) return null;
  return { row: Number(m[2]), column: m[4] === undefined ? m[3] ?? null : `${m[3]}_${Number(m[4]) + 1}` };
}

// {cells: [{row, column, problem}], rows: [{row, problem}] (a whole row's), general: [{problem}]}
// `columns` (optional): the table's column names; a problem on a column the table does not
// show (a spread list as a whole) is the row's.
export function splitTableProblems(problems, field, knowsField, columns) {
  const cells = [];
  const rows = [];
  const general = [];
  const own = [];
  for (const problem of problems ?? []) {
    const cell = cellOf(problem.field, field);
    if (cell?.column && (!columns || columns.has(cell.column))) cells.push({ ...cell, problem });
    else if (cell) rows.push({ row: cell.row, problem });
    else if (knowsField?.(String(problem.field).replace(/^inputs\./, ''))) own.push({ name: problem.field.replace(/^inputs\./, ''), problem });
    else general.push({ problem });
  }
  return { cells, rows, own, general };
}
