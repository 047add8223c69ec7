// Sentences from the core's codes (problems, warnings), in the user's language. The core sends
// codes and limits; the words, and the way limits are formatted for the field, are chosen here.
import { t, has } from '../i18n/i18n.js';

const unitOfKind = { money: 'money', rate: 'rate', count: 'count', periods: 'count', number: 'count' };

function limit(field, fmt, v) {
  const kind = field?.kind === 'list' ? field.itemKind : field?.kind;
  const unit = unitOfKind[kind] ?? 'count';
  return unit === 'count' ? fmt.plain(v, 6) : fmt.value(unit, v);
}

// "inputs.cash_flows[2]" -> {name: "cash_flows", index: 2}; "" for request-level problems.
export function splitField(path) {
  const bare = String(path ?? '').replace(/^inputs\.?/, '');
  const m = /^(.*?)\[(\d+)\]$/.exec(bare);
  return m ? { name: m[1], index: Number(m[2]) } : { name: bare, index: undefined };
}

// One problem as a sentence naming what is allowed.
export function problemText({ problem, index }, field, fmt) {
  const p = problem;
  const params = {};
  const counted = p.code === 'wrong_length' || p.code === 'too_long';  // limits are counts, not amounts
  const bound = (v) => (counted ? fmt.plain(v, 0) : limit(field, fmt, v));
  if (p.min !== undefined && p.min !== null) params.min = bound(p.min);
  if (p.max !== undefined && p.max !== null) params.max = bound(p.max);
  if (p.allowed) params.allowed = p.allowed.map((a) => (field ? t('choice', `${field.name}.${a}`) : a)).join(t('ui', 'list_separator'));
  let text;
  if (p.code === 'out_of_range' || (p.code === 'not_whole_number' && (params.min || params.max))) {
    const parts = [];
    if (params.min) parts.push(t('problem', p.min_exclusive ? 'bound_above' : 'bound_at_least', params));
    if (params.max) parts.push(t('problem', p.max_exclusive ? 'bound_below' : 'bound_at_most', params));
    text = t('problem', p.code === 'out_of_range' ? 'out_of_range' : 'whole_in_range',
             { bounds: parts.join(t('problem', 'bound_and')) });
  } else if (p.code === 'wrong_type' && field?.kind === 'rate') {
    text = t('problem', 'wrong_type_rate');
  } else if (has('problem', p.code)) {
    text = t('problem', p.code, params);
  } else {
    text = t('problem', 'unknown_code', { code: p.code });
  }
  return index === undefined ? text : `${t('problem', 'list_item', { n: index + 1 })}${text}`;
}

// A warning as a sentence; its named values fill the template ({value} is the first one, or
// the one named by the convention shown, e.g. the limit a finite retention horizon cuts off).
export function warningText(warning, fmt, convention) {
  const params = {};
  (warning.values ?? []).forEach((v, k) => {
    const text = fmt.value(v.unit, v.value);
    params[v.name] = text;
    if (k === 0 || v.name === convention) params.value = text;
  });
  return has('warning', warning.code) ? t('warning', warning.code, params)
    : t('warning', 'unknown_code', { code: warning.code });
}
