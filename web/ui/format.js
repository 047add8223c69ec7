// Number display by unit (README "unit"): money in the chosen currency, rates and shares as
// percentages, periods with their word. Display only: values arrive computed from the core.
// A null value (the core could not give one; a warning says why) shows as an em dash.
import { t } from '../i18n/i18n.js';

export const NONE = '—';

// Intl formatters are slow to create (~0.1 ms each): one set per (language, currency, period).
const made = new Map();
export function makeFormat(lang, currency, period) {
  const key = `${lang}|${currency}|${period}`;
  if (!made.has(key)) made.set(key, createFormat(lang, currency, period));
  return made.get(key);
}

function createFormat(lang, currency, period) {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const nf = (options) => new Intl.NumberFormat(locale, options);
  const money = nf({ style: 'currency', currency });
  const signedMoney = nf({ style: 'currency', currency, signDisplay: 'exceptZero' });
  const signedPercent = nf({ style: 'percent', maximumFractionDigits: 4, signDisplay: 'exceptZero' });
  const signedPlain = nf({ maximumFractionDigits: 4, signDisplay: 'exceptZero' });
  const moneyDigits = money.resolvedOptions().maximumFractionDigits;
  const percent = nf({ style: 'percent', maximumFractionDigits: 2 });
  const smallPercent = nf({ style: 'percent', maximumFractionDigits: 4 });
  const plain = [0, 1, 2, 3, 4, 5, 6].map((d) => nf({ maximumFractionDigits: d }));
  const plainMoney = nf({ minimumFractionDigits: moneyDigits, maximumFractionDigits: moneyDigits });
  const ok = (v) => typeof v === 'number' && Number.isFinite(v);
  // The value with the binary noise of its last digits removed, as an exact decimal string for
  // Intl (which then rounds half away from zero): 0.435 computed as 0.43499999999999994 shows
  // 0.44, as on paper; the core's check rounds the same way. -0 shows as 0.
  const clean = (v) => (v === 0 ? '0' : v.toPrecision(12));

  // Rates keep four decimals below 1 % (a monthly rate of 0.9489 %); shares, parts of a whole
  // shown side by side, keep two.
  const pct = (v) => (Math.abs(v) < 0.01 && v !== 0 ? smallPercent : percent).format(clean(v));
  const share = (v) => percent.format(clean(v));
  const periods = (v) => {
    const n = plain[2].format(clean(v));
    return t('unit', v === 1 ? `one_${period}` : `many_${period}`, { n });
  };

  // A value for reading: "¥1,234.50", "80%", "5 years", "6.00 : 1".
  function value(unit, v) {
    if (!ok(v)) return NONE;
    switch (unit) {
      case 'money': return money.format(clean(v));
      case 'rate': return pct(v);
      case 'share': return share(v);
      case 'count': return plain[2].format(clean(v));
      case 'periods': return periods(v);
      case 'ratio': return `${plain[2].format(clean(v))} : 1`;
      case 'factor': return plain[6].format(clean(v));
      default: return plain[4].format(clean(v));
    }
  }

  // A value inside a substituted formula: no currency sign, rates as decimals ("1 + 0.05").
  function inFormula(unit, v) {
    if (!ok(v)) return NONE;
    switch (unit) {
      case 'money': return plainMoney.format(clean(v));
      case 'rate': case 'share': case 'factor': return plain[6].format(clean(v));
      case 'count': return plain[2].format(clean(v));
      case 'periods': return plain[4].format(clean(v));
      default: return plain[4].format(clean(v));
    }
  }

  // A difference, with its sign: "+$100.00", "−0.5%".
  function signed(unit, v) {
    if (!ok(v)) return NONE;
    if (unit === 'money') return signedMoney.format(clean(v));
    if (unit === 'rate' || unit === 'share') return signedPercent.format(clean(v));
    return signedPlain.format(clean(v));
  }

  // The currency's sign as this language writes it ("¥", "US$", "€").
  const currencySymbol = money.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;

  return { value, inFormula, signed, currencySymbol, money: (v) => value('money', v), pct: (v) => (ok(v) ? pct(v) : NONE),
           share: (v) => (ok(v) ? share(v) : NONE),
           plain: (v, digits = 4) => (ok(v) ? plain[digits].format(clean(v)) : NONE), currency, period, lang };
}
