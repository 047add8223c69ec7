// The worked solution: for each step, the formula in symbols, the same formula with the
// numbers substituted, the intermediate result, and what each symbol stands for. A formula id
// without a template still shows its id and every value, so no step is ever blank.
import { t, entry, humanise, fill } from '../i18n.js';
import { renderFormula, namesIn } from '../formula.js';

// A label inside a sentence: "Net margin per year" -> "net margin per year", but "CLV" or
// "LTV:CAC" stay (a capital followed by another capital is an acronym). Scripts without case
// are left as they are.
const midSentence = (label) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

const h = (tag, className, children = []) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
};

function symbolOf(template, name) {
  return template?.symbols?.[name] ?? entry('symbol', name) ?? humanise(name);
}

function line(className, lead, nodes) {
  return h('div', `formula ${className}`, [h('span', 'lead', lead), h('span', 'rhs', nodes)]);
}

// The template for a step: a variant when a value it needs is absent (e.g. a list of rates
// has no single r), else the main one.
function templateFor(step, values) {
  const main = entry('formula', step.formula);
  const variant = main?.variants?.find((v) => !values.has(v.missing));
  return variant ? { ...main, ...variant } : main;
}

function stepItem(step, fmt, period, level) {
  const values = new Map(step.values.map((v) => [v.name, v]));
  const template = templateFor(step, values);
  const valueNames = step.values.map((v) => v.name);
  const result = step.result;
  const labelParams = { period: t('period', period), family: t('family', result.name) };
  const label = template?.label ? fill(template.label, labelParams) : t('name', result.name, labelParams);
  const item = h('li', 'step');
  item.dataset.formula = step.formula;
  item.append(h(`h${level}`, 'step-title', [label]));

  const symbolic = { names: valueNames, symbol: (n) => symbolOf(template, n) };
  const resultSymbol = renderFormula(`{${result.name}}`, symbolic);
  const resultText = fmt.value(result.unit, result.value);

  if (template?.tex) {
    const numbers = { ...symbolic, value: (n) => (values.has(n) ? fmt.inFormula(values.get(n).unit, values.get(n).value) : undefined) };
    item.append(
      line('symbolic', [...resultSymbol, ' ='], renderFormula(template.tex, symbolic)),
      line('numbers', ['='], renderFormula(template.tex, numbers)),
      line('result', ['='], [h('strong', 'val', [resultText])]));
    const names = namesIn(template.tex, valueNames).filter((n) => n !== result.name);
    const where = names.map((n) => [...renderFormula(`{${n}}`, symbolic),
                                     ` ${t('ui', 'is')} ${midSentence(t('name', n, { period: t('period', period) }))}`]);
    if (where.length) {
      const p = h('p', 'where', [t('ui', 'where'), ' ']);
      where.forEach((parts, k) => p.append(...(k ? [t('ui', 'list_separator')] : []), ...parts));
      p.append(t('ui', 'sentence_end'));
      item.append(p);
    }
    if (template.note) item.append(h('p', 'where note', renderFormula(template.note, symbolic)));
  } else {
    // Fallback: the formula id and the values it used.
    item.append(h('p', 'formula-id', [`${t('ui', 'formula')}: ${step.formula}`]));
    const list = step.values.map((v) => `${t('name', v.name, { period: t('period', period) })} = ${fmt.value(v.unit, v.value)}`);
    item.append(h('p', 'formula fallback', [list.join(t('ui', 'list_separator'))]));
    item.append(line('result', [...resultSymbol, ' ='], [h('strong', 'val', [resultText])]));
  }
  return item;
}

// Fills `list` (an <ol>) with the steps.
// `level` is the heading level of each step's title (3 under a card, 4 inside a convention).
export function renderSteps(list, steps, fmt, period, level = 3) {
  list.replaceChildren(...steps.map((s) => stepItem(s, fmt, period, level)));
}
