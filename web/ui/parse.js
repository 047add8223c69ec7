// Reads what people type into a number: "1,234.5", "5%", full-width "１２", "¥ 300", "1 000".
// This is text normalisation only; validation (ranges, whole numbers) is the core's job, so
// unreadable text is passed on as-is and comes back as a wrong_type problem.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;  // full-width ASCII block: digits, ．，％－＋
const SPACES = /[\s\u00A0\u2009\u202F\u3000'_]/g;
const CURRENCY = /^[¥￥$€£]|[¥￥$€£元]$|^(CNY|RMB|USD|EUR|GBP|JPY)|(CNY|RMB|USD|EUR|GBP|JPY)$/gi;

function normalise(text) {
  return String(text)
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/[。]/g, '.')          // a Chinese full stop typed as a decimal point
    .replace(/[−–—]/g, '-')          // typographic minus signs
    .replace(SPACES, '')
    .replace(CURRENCY, '');
}

// "1,234,567.8" drops the grouping commas; a lone "0,05" is a decimal comma.
function resolveCommas(s) {
  if (!s.includes(',')) return s;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(s)) return s.replace(/,/g, '');
  if (/^[-+]?\d*,\d+%?$/.test(s)) return s.replace(',', '.');
  return s;
}

// Returns {value} for a number, {empty: true} for blank text, or {invalid: text}.
// A trailing % means hundredths; it is applied by moving the decimal point in the text
// ("7.3%" -> "7.3e-2") so the result equals the decimal literal exactly.
export function parseNumber(text, { percent = false } = {}) {
  const s = resolveCommas(normalise(text ?? ''));
  if (s === '') return { empty: true };
  const pct = s.endsWith('%');
  const body = pct ? s.slice(0, -1) : s;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return { invalid: String(text).trim() };
  if (pct && !percent) return { invalid: String(text).trim() };
  const value = Number(pct ? `${body}e-2` : body);
  // Digits too many for a double ("1e400", a pasted 10,000-digit number) are still a number:
  // the largest double of the same sign stands in, so the core names the range it breaks
  // (every number the core takes has a limit far below it) instead of "not a number".
  if (!Number.isFinite(value)) return { value: Math.sign(value) * Number.MAX_VALUE };
  return { value };
}

// A list: items separated by spaces, new lines, commas, semicolons or 、；，.
export function parseList(text, options) {
  const items = String(text ?? '').split(/[\s,;，；、]+/).filter((p) => p !== '');
  if (items.length === 0) return { empty: true };
  return { items: items.map((p) => parseNumber(p, options)) };
}
