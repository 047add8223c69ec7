// Changes to the workbench's part of the store, each a new slice (the store never mutates).
const update = (store, change) => store.update((s) => {
  const next = change(s.workbench);
  return next === s.workbench ? s : { ...s, workbench: next };
});

export const setWorkbench = update;

export function setForm(store, form, name, text) {
  update(store, (w) => (w.forms[form]?.[name] === text ? w : { ...w, forms: { ...w.forms, [form]: { ...w.forms[form], [name]: text } } }));
}

export function setForms(store, form, texts) {
  update(store, (w) => ({ ...w, forms: { ...w.forms, [form]: { ...w.forms[form], ...texts } } }));
}

export function setChoice(store, name, value) {
  update(store, (w) => (w.choices[name] === value ? w : { ...w, choices: { ...w.choices, [name]: value } }));
}

export function setClient(store, client) {
  update(store, (w) => (w.client === client ? w : { ...w, client }));
}

// `rows`: the table's new rows (null: the demo's again).
export function setTable(store, table, rows) {
  update(store, (w) => ({ ...w, tables: { ...w.tables, [table]: rows } }));
}
