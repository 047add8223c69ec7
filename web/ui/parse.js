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

// The text as a decimal literal: {body, pct} (pct: it ended in %), {empty}, or {invalid}.
function decimal(text) {
  const s = resolveCommas(normalise(text ?? ''));
  if (s === '') return { empty: true };
  const pct = s.endsWith('%');
  const body = pct ? s.slice(0, -1) : s;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return { invalid: String(text).trim() };
  return { body, pct };
}

// Hundredths are applied by moving the decimal point in the text ("7.3" -> "7.3e-2"), so the
// result equals the decimal literal exactly. Digits too many for a double ("1e400", a pasted
// 10,000-digit number) are still a number: the largest double of the same sign stands in, so
// the core names the range it breaks (every number the core takes has a limit far below it)
// instead of "not a number".
function valueOf(body, hundredths) {
  const value = Number(hundredths ? `${body}e-2` : body);
  return Number.isFinite(value) ? value : Math.sign(value) * Number.MAX_VALUE;
}

// Returns {value} for a number, {empty: true} for blank text, or {invalid: text}. A trailing %
// means hundredths, accepted only with `percent`.
export function parseNumber(text, { percent = false } = {}) {
  const d = decimal(text);
  if (!d.body) return d;
  if (d.pct && !percent) return { invalid: String(text).trim() };
  return { value: valueOf(d.body, d.pct) };
}

// A rate as textbooks write it, alike in every rate field: "5%" is five percent; a bare number
// above 1 is a percentage too ("10" = 10 %); a bare number from -1 to 1 is a fraction
// ("0.8" = 80 %). Returns {value, read: 'percent' | 'bare_percent' | 'fraction'} or, as
// parseNumber, {empty} / {invalid}.
export function parseRate(text) {
  const d = decimal(text);
  if (!d.body) return d;
  if (d.pct) return { value: valueOf(d.body, true), read: 'percent' };
  const plain = valueOf(d.body, false);
  if (Math.abs(plain) > 1) return { value: valueOf(d.body, true), read: 'bare_percent' };
  return { value: plain, read: 'fraction' };
}

// A list: items separated by spaces, new lines, commas, semicolons or 、；，; each read as a
// rate (parseRate) with `rate`, else as a number.
export function parseList(text, { rate = false } = {}) {
  const items = String(text ?? '').split(/[\s,;，；、]+/).filter((p) => p !== '');
  if (items.length === 0) return { empty: true };
  return { items: items.map((p) => (rate ? parseRate(p) : parseNumber(p))) };
}
