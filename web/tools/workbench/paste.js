// A block pasted from a spreadsheet into an editable table: tab-separated cells, one line per
// row. When its first line is a row of headers (each a column's name or one of its words in
// either language), the columns are matched by header; otherwise the cells fill the columns
// from the one pasted into. Text only: the numbers are read as every cell is (the core checks).
//   readPasted("name\tcustomers\nVIP\t120", rows, columns, {row: 0, column: 0}, words)

// "Avg. purchase (¥)" -> "avgpurchase": case, spaces, punctuation and units in brackets ignored.
export const headerKey = (text) => String(text).toLowerCase().replace(/[（(].*?[)）]/g, '').replace(/[\s_.:：·、,，%％¥$€£-]/g, '');

// words: {column: 'Label one|标签|alias'} from the catalogue (both languages in each).
export function headerMap(columns, words = {}) {
  const map = new Map();
  for (const c of columns) {
    map.set(headerKey(c.name), c.name);
    for (const word of String(words[c.name] ?? '').split('|')) if (word.trim()) map.set(headerKey(word), c.name);
  }
  return map;
}

const splitLines = (text) => String(text).replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n').map((line) => line.split('\t'));

// The rows after the paste: `rows` (texts) with the block written from `at` ({row, column}
// indices), or by header from row `at.row` when the block starts with headers. Rows are added
// as needed, up to `maxRows`.
export function readPasted(text, rows, columns, at, words, maxRows = 200) {
  const lines = splitLines(text);
  const map = headerMap(columns, words);
  const first = lines[0].map((cell) => map.get(headerKey(cell)));
  const byHeader = first.filter(Boolean).length >= Math.max(1, Math.ceil(lines[0].length / 2));
  const targets = byHeader ? first : lines[0].map((_, k) => columns[at.column + k]?.name);
  const data = byHeader ? lines.slice(1) : lines;
  const next = rows.map((row) => ({ ...row }));
  data.forEach((cells, k) => {
    const i = at.row + k;
    if (i >= maxRows) return;
    while (next.length <= i) next.push({});
    cells.forEach((cell, j) => { if (targets[j]) next[i][targets[j]] = cell.trim(); });
  });
  return next;
}
