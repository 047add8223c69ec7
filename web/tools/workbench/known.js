// What the workbench can hold, once the core has described its calculations: the field names of
// each form, the columns of each table and the words of each choice (codec.js prune).
import { TABLE_PAGES } from './tables.js';
import { changeableFields } from './scenario-request.js';

export function knownNames(calcs) {
  const forms = {};
  for (const [form, calc] of Object.entries(calcs.byForm)) forms[form] = new Set(calc.fields.map((f) => f.name));
  // The break-even finder's own controls (sensitivity.js), not a described form.
  if (calcs.byName?.has('break_even')) forms.be = new Set(['input', 'outcome', 'target']);
  const tables = {};
  for (const [table, spec] of Object.entries(calcs.tables ?? {})) tables[table] = new Set(spec.columns.map((c) => c.name));
  for (const page of TABLE_PAGES) tables[page.table] ??= new Set();
  // A scenario's row: its name and the dashboard fields it changes (scenario-request.js).
  tables.scenarios = new Set(calcs.byName?.has('scenarios') ? ['name', ...changeableFields(calcs.byForm.ue).map((f) => f.name)] : []);
  return { forms, tables, choices: { lead: calcs.conventions, ...(calcs.choices ?? {}) } };
}
