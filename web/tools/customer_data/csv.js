// CSV files the tool saves: columns the core computed, written as they came (every digit kept),
// one row per customer. Text is quoted when it holds a comma, quote or line break.
const cell = (v) => {
  if (v === null || v === undefined) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

// `columns`: {name: [values]} of equal length, in the order to write them.
export function columnsToCsv(columns) {
  const names = Object.keys(columns);
  const length = names.length ? columns[names[0]].length : 0;
  const lines = [names.map(cell).join(',')];
  for (let i = 0; i < length; i++) lines.push(names.map((n) => cell(columns[n][i])).join(','));
  return `${lines.join('\n')}\n`;
}

// The per-customer summary of summarise_transactions as the CLI writes it (README), with the
// holdout columns when there is a holdout.
export function summaryCsv(result) {
  const c = result.customers;
  const columns = { customer_id: c.id, frequency: c.frequency, recency: c.recency, T: c.T,
                    monetary_value: c.monetary_value, total_spend: c.total_spend };
  if (result.holdout) {
    columns.frequency_holdout = result.holdout.frequency;
    columns.monetary_value_holdout = result.holdout.monetary_value;
    columns.duration_holdout = c.id.map(() => result.holdout.duration);
  }
  return columnsToCsv(columns);
}

// Saves `text` as a file named `name` (a download; nothing leaves the browser).
export function download(doc, name, text, type = 'text/csv') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
