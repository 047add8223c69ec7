// The worked solution: for each step, the formula in symbols, the same formula with the
// numbers substituted, the intermediate result, and what each symbol stands for. A formula id
// without a template still shows its id and every value, so no step is ever blank. A step whose
// formula, values and words are unchanged keeps its nodes; only its numbers are rewritten.
import { t, entry, humanise, fill, language } from '../i18n/i18n.js';
import { renderFormula, namesIn } from './formula.js';
import { h, setText, syncChildren } from './dom.js';

// A label inside a sentence: "Net margin per year" -> "net margin per year", but "CLV" or
// "LTV:CAC" stay (a capital followed by another capital is an acronym). Scripts without case
// are left as they are.
const midSentence = (label) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

function symbolOf(template, name) {
  return template?.symbols?.[name] ?? entry('symbol', name) ?? humanise(name);
}

function line(className, lead, nodes) {
  return h(`div.formula.${className}`, [h('span.lead', lead), h('span.rhs', nodes)]);
}

// The template for a step: a variant when a value it needs is absent (e.g. a list of rates
// has no single r), else the main one.
function templateFor(step, values) {
  const main = entry('formula', step.formula);
  const variant = main?.variants?.find((v) => !values.has(v.missing));
  return variant ? { ...main, ...variant } : main;
}

const valuesOf = (step) => new Map(step.values.map((v) => [v.name, v]));

function whereLine(template, valueNames, resultName, symbolic, period) {
  const names = namesIn(template.tex, valueNames).filter((n) => n !== resultName);
  if (!names.length) return [];
  const p = h('p.where', [t('ui', 'where'), ' ']);
  names.forEach((n, k) => {
    if (k) p.append(t('ui', 'list_separator'));
    p.append(...renderFormula(`{${n}}`, symbolic), ` ${t('ui', 'is')} ${midSentence(t('name', n, { period: t('period', period) }))}`);
  });
  p.append(t('ui', 'sentence_end'));
  return [p];
}

// The nodes of one step; numbers are filled by fillStep.
function createStep(step, period, level) {
  const values = valuesOf(step);
  const template = templateFor(step, values);
  const valueNames = step.values.map((v) => v.name);
  const result = step.result;
  const labelParams = { period: t('period', period), family: t('family', result.name) };
  const label = template?.label ? fill(template.label, labelParams) : t('name', result.name, labelParams);
  const item = h('li.step', { dataset: { formula: step.formula } }, [h(`h${level}.step-title`, label)]);
  const symbolic = { names: valueNames, symbol: (n) => symbolOf(template, n) };
  const resultSymbol = renderFormula(`{${result.name}}`, symbolic);
  const slots = [];  // [name, span] of each substituted number
  const resultNode = h('strong.val');
  if (template?.tex) {
    const numbers = { ...symbolic, value: (n) => (values.has(n) ? '' : undefined), track: (n, span) => slots.push([n, span]) };
    item.append(
      line('symbolic', [...resultSymbol, ' ='], renderFormula(template.tex, symbolic)),
      line('numbers', ['='], renderFormula(template.tex, numbers)),
      line('result', ['='], [resultNode]),
      ...whereLine(template, valueNames, result.name, symbolic, period));
    if (template.note) item.append(h('p.where.note', renderFormula(template.note, symbolic)));
  } else {
    item.append(h('p.formula-id', `${t('ui', 'formula')}: ${step.formula}`), h('p.formula.fallback'),
                line('result', [...resultSymbol, ' ='], [resultNode]));
  }
  item.fillStep = (next, fmt) => {
    const now = valuesOf(next);
    for (const [name, span] of slots) {
      const v = now.get(name);
      setText(span, v ? fmt.inFormula(v.unit, v.value) : '');
    }
    const fallback = item.querySelector('.fallback');
    if (fallback) {
      setText(fallback, next.values.map((v) => `${t('name', v.name, { period: t('period', period) })} = ${fmt.value(v.unit, v.value)}`)
        .join(t('ui', 'list_separator')));
    }
    setText(resultNode, fmt.value(next.result.unit, next.result.value));
  };
  return item;
}

// Fills `list` (an <ol>) with the steps; `level` is the heading level of each step's title
// (3 under a card, 4 inside a convention).
export function renderSteps(list, steps, fmt, period, level = 3) {
  const words = `${language()}|${period}|${level}`;
  syncChildren(list, steps,
    (s) => `${words}|${s.id}|${s.formula}|${s.values.map((v) => v.name).join(',')}|${s.result.name}`,
    (s) => createStep(s, period, level),
    (node, s) => node.fillStep(s, fmt));
}
