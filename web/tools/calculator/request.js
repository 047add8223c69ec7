// Turns the form's raw text into the core's request (README "The request format").
// Blank optional fields are left out; text that is not a number is sent as the string the
// user typed, so the core reports it (wrong_type) in the same way as every other problem.
import { visibleFields, fieldDefault } from './descriptors.js';
import { parseNumber, parseRate, parseList } from '../../ui/parse.js';

export const FORMAT_VERSION = 1;

function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

// What to send for one field, or undefined to leave it out.
export function fieldValue(field, text) {
  if (field.kind === 'choice') return text || field.default;
  if (field.kind === 'list') {
    const list = parseList(text, { rate: field.itemKind === 'rate' });
    if (list.empty) return undefined;
    return list.items.map((item) => ('value' in item ? item.value : item.invalid));
  }
  const parsed = field.kind === 'rate' ? parseRate(text) : parseNumber(text);
  if (parsed.empty) return undefined;
  return 'value' in parsed ? parsed.value : parsed.invalid;
}

// The request for `calc` given raw texts and the page settings ({period}).
export function buildRequest(calc, raw, settings) {
  const inputs = {};
  for (const field of visibleFields(calc, raw)) {
    if (field.ui) continue;
    const value = fieldValue(field, raw[field.name] ?? fieldDefault(calc, field.name));
    if (value !== undefined) setPath(inputs, field.name, value);
  }
  if (calc.period) inputs.period = settings.period;
  // An infinite horizon's table is for reading and the chart: a fixed number of rows keeps each
  // answer fast (the core's cost grows with the rows). A finite horizon keeps all its periods.
  if (calc.tableRows && inputs.periods === undefined && inputs.cash_flows === undefined) inputs.table_periods = calc.tableRows;
  return { version: FORMAT_VERSION, calculation: calc.id, inputs };
}

// The same request asking the core to check the user's answer; null when nothing is typed. An
// answer about a rate reads as every rate field does (parseRate).
export function withCheck(request, answerText, resultName, convention, rate) {
  const parsed = rate ? parseRate(answerText) : parseNumber(answerText);
  if (parsed.empty) return null;
  const check = { answer: 'value' in parsed ? parsed.value : parsed.invalid, result: resultName };
  if (convention) check.convention = convention;
  return { ...request, check };
}
