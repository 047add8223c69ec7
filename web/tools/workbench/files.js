// Downloads made by the workbench (its saved file, CSV of a table, PNG of a chart).
export function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns: revoke it much later (as the calculator).
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// Rows (arrays of cells) as CSV text with a BOM, so Excel reads the UTF-8.
export const toCsv = (rows) => `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
