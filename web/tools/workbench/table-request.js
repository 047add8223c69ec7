// A table's rows as the core's list of objects, and the core's problems back onto the cells they
// name. Pure (tests/web/workbench_table.test.mjs). Blank cells are left out, so the core says
// what a row lacks; text that is not a number is sent as typed, so the core names it.
import { fieldValue } from '../calculator/request.js';

export function rowObject(columns, row) {
  const out = {};
  for (const column of columns) {
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
export function cellOf(path, field) {
  const m = /^inputs\.([a-z_]+)\[(\d+)\](?:\.([a-z_]+))?$/.exec(String(path ?? ''));
  if (!m || m[1] !== field) return null;
  return { row: Number(m[2]), column: m[3] ?? null };
}

// {cells: [{row, column, problem}], rows: [{row, problem}] (a whole row's), general: [{problem}]}
export function splitTableProblems(problems, field, knowsField) {
  const cells = [];
  const rows = [];
  const general = [];
  const own = [];
  for (const problem of problems ?? []) {
    const cell = cellOf(problem.field, field);
    if (cell?.column) cells.push({ ...cell, problem });
    else if (cell) rows.push({ row: cell.row, problem });
    else if (knowsField?.(String(problem.field).replace(/^inputs\./, ''))) own.push({ name: problem.field.replace(/^inputs\./, ''), problem });
    else general.push({ problem });
  }
  return { cells, rows, own, general };
}
