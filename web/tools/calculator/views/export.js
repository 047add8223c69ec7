// Keep and share: JSON and CSV downloads of inputs and results, the chart as PNG, print to
// PDF, and reading a saved JSON file back. Numbers in files are the core's full-precision values.
import { t } from '../../../i18n/i18n.js';
import { fullFieldLabel } from './labels.js';

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns, later still on a busy machine: a revoke
  // after 1 s lost downloads there. A minute costs only the file's memory.
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

function csvCell(value) {
  const s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Rows: settings, inputs (raw text and the value sent), named results, then every table.
// `calc`: the calculation's descriptor (labels as the page shows them, the table's columns in
// the core's order).
export function toCsv(doc, calc) {
  const rows = [['section', 'name', 'label', 'value', 'raw_text']];
  const period = doc.settings.period;
  const label = (n) => t('name', n, { period: t('period', period) });
  const fields = new Map(calc.fields.map((f) => [f.name, f]));
  const inputLabel = (n) => (fields.has(n) ? fullFieldLabel(fields.get(n), period) : label(n));
  const columns = Object.keys(calc.columns);
  rows.push(['setting', 'calculation', t('calc_name', doc.request.calculation), doc.request.calculation, '']);
  for (const [k, v] of Object.entries(doc.settings)) rows.push(['setting', k, '', v, '']);
  const sent = flatten(doc.request.inputs);
  for (const [name, raw] of Object.entries(doc.raw_inputs)) rows.push(['input', name, inputLabel(name), sent[name] ?? '', raw]);
  const result = doc.response?.result ?? {};
  const tables = [];
  for (const [name, value] of Object.entries(result)) {
    if (name === 'table') tables.push(['', value]);
    else if (name === 'conventions') {
      for (const c of value) {
        rows.push(['result', `clv.${c.convention}`, t('convention_short', c.convention, { period: t('period', doc.settings.period) }), c.clv, '']);
        rows.push(['result', `limit.${c.convention}`, '', c.limit, '']);
        tables.push([c.convention, c.table ?? []]);
      }
    } else if (name === 'families') {
      for (const f of value) rows.push(['result', `families.${f.family}.total`, t('family', f.family), f.total, '']);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) rows.push(['result', `${name}.${k}`, t('item', k), v, '']);
    } else rows.push(['result', name, label(name), value, '']);
  }
  for (const w of doc.response?.warnings ?? []) rows.push(['warning', w.code, '', '', '']);
  for (const [convention, table] of tables) {
    if (!table.length) continue;
    rows.push([]);
    rows.push(['table', 'convention', ...columns]);
    for (const r of table) rows.push(['table', convention, ...columns.map((c) => r[c])]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;  // BOM: Excel reads UTF-8
}

function flatten(object, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(object ?? {})) {
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = Array.isArray(v) ? v.join(' ') : v;
  }
  return out;
}

// hooks: {document() -> export document, calc() -> its calculation's descriptor, chartPng() -> Promise<Blob|null>,
//         onImport(text), notify(text)}
export function createExport(root, hooks) {
  const q = (id) => root.querySelector(`[data-testid="${id}"]`);
  for (const id of ['export-json', 'export-csv', 'export-print', 'import-file']) q(id).disabled = false;
  const name = (ext) => `clvcalc-${hooks.document().request.calculation}-${stamp()}.${ext}`;
  q('export-json').addEventListener('click', () => {
    download(name('json'), new Blob([JSON.stringify(hooks.document(), null, 2)], { type: 'application/json' }));
  });
  q('export-csv').addEventListener('click', () => {
    download(name('csv'), new Blob([toCsv(hooks.document(), hooks.calc())], { type: 'text/csv;charset=utf-8' }));
  });
  q('export-png').addEventListener('click', async () => {
    const blob = await hooks.chartPng();
    if (blob) download(name('png'), blob);
    else hooks.notify(t('ui', 'no_chart'));
  });
  // Tables print as far as the user chose: an open table prints, a closed one does not.
  q('export-print').addEventListener('click', () => window.print());
  const file = q('import-file');
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen) hooks.onImport(await chosen.text());
    file.value = '';
  });
  return { setChartAvailable: (yes) => { q('export-png').disabled = !yes; } };
}
