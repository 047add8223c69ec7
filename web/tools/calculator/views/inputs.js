// The form of one calculation. Built once per calculation/language/period so focus survives
// typing; errors, the "read as" echo and texts changed elsewhere are updated in place.
import { t, has } from '../../../i18n/i18n.js';
import { visibleFields } from '../descriptors.js';
import { parseRate } from '../../../ui/parse.js';
import { problemText } from '../../../ui/messages.js';
import { h } from '../../../ui/dom.js';
import { fieldLabel } from './labels.js';

// Element ids: `scope` keeps two forms of the page apart (the workbench's says 'wb').
const id = (prefix, name, scope = '') => `${scope ? `${scope}-` : ''}${prefix}-${name.replace(/\./g, '-')}`;

// The control of one field: a select for a choice, a textarea for a list, else a text input.
function control(field, text, onInput, scope) {
  const attrs = { id: id('f', field.name, scope), name: field.name, dataset: { testid: `input-${field.name}` } };
  let node;
  if (field.kind === 'choice') {
    node = h('select', attrs, field.options.map((o) => h('option', { value: o, textContent: t('choice', `${field.name}.${o}`) })));
    node.value = text || field.default;
  } else if (field.kind === 'list') {
    node = h('textarea', { ...attrs, rows: 2, spellcheck: false, value: text,
                           placeholder: t('ui', field.itemKind === 'rate' ? 'placeholder_rate_list' : 'placeholder_list') });
  } else {
    node = h('input', { ...attrs, type: 'text', inputMode: field.kind === 'count' ? 'numeric' : 'decimal', autocomplete: 'off',
                        spellcheck: false, value: text,
                        placeholder: field.optional ? t('ui', 'placeholder_optional') : field.kind === 'rate' ? t('ui', 'placeholder_rate') : '' });
  }
  node.addEventListener(field.kind === 'choice' ? 'change' : 'input', () => onInput(field.name, node.value));
  return node;
}

// A field's row: label (with "optional"), the control with its currency sign or "= 5%" echo,
// a hint when the catalogue has one, and the error line. Returns {field, row, control, error, echo}.
function fieldRow(field, text, ctx, onInput) {
  const input = control(field, text, onInput, ctx.idScope);
  const error = h('p.error', { id: id('e', field.name, ctx.idScope), hidden: true, dataset: { testid: `error-${field.name}` } });
  const describedBy = [error.id];
  const hintKey = field.kind === 'list' ? `list_${field.itemKind}` : field.name;
  const box = h(`div.control.kind-${field.kind}`, [input]);
  if (field.kind === 'money') box.prepend(h('span.affix', { textContent: ctx.currencySymbol, ariaHidden: 'true' }));
  const echo = field.kind === 'rate' ? h('span.echo', { ariaHidden: 'true' }) : null;
  if (echo) box.append(echo);
  const title = h('label', { htmlFor: input.id, textContent: fieldLabel(field, ctx.period) });
  if (field.optional) title.append(h('span.optional', t('ui', 'optional')));
  // Shown, inside the box, while the field holds the page's example rather than what was typed.
  box.append(h('span.example-tag', { textContent: t('ui', 'example'), hidden: true, ariaHidden: 'true' }));
  const parts = [title, box];
  if (has('hint', hintKey)) {
    const hint = h('p.hint', { id: id('h', field.name, ctx.idScope), textContent: t('hint', hintKey) });
    parts.push(hint);
    describedBy.unshift(hint.id);
  }
  // A rate that allows 100 % or more (a discount rate) warns when it is read that high: "1" is
  // 100 %, which a student who meant one percent would not notice otherwise.
  const notice = field.kind === 'rate' && field.max > 1
    ? h('p.notice', { id: id('n', field.name, ctx.idScope), hidden: true, dataset: { testid: `notice-${field.name}` } }) : null;
  if (notice) {
    parts.push(notice);
    describedBy.push(notice.id);
  }
  parts.push(error);
  input.setAttribute('aria-describedby', describedBy.join(' '));
  const row = h(`div.field.field-${field.kind}`, { dataset: { field: field.name } }, parts);
  return { field, row, control: input, error, echo, notice };
}

// A choice drawn beside the field before it ("10% per [year]"); it shares that field's error line.
function inlineChoice(field, text, previous, onInput, scope) {
  const select = control(field, text, onInput, scope);
  select.setAttribute('aria-label', t('name', field.name));
  select.classList.add('inline-choice');
  previous.row.querySelector('.control').append(h('span.per', t('ui', 'per')), select);
  return { field, row: previous.row, control: select, error: previous.error };
}

// The rows in order, cost items grouped in a fieldset per family.
function buildRows(ctx, onInput) {
  const controls = new Map();
  const groups = new Map();
  const nodes = [];
  let previous = null;
  for (const field of ctx.calc.fields) {
    const text = ctx.raw[field.name];
    if (field.inline && previous) {
      controls.set(field.name, inlineChoice(field, text, previous, onInput, ctx.idScope));
      continue;
    }
    const entry = fieldRow(field, text, ctx, onInput);
    controls.set(field.name, entry);
    if (field.family && !groups.has(field.family)) {
      const set = h('fieldset.family', { dataset: { family: field.family } }, [h('legend', t('family', field.family))]);
      groups.set(field.family, set);
      nodes.push(set);
    }
    if (field.family) groups.get(field.family).append(entry.row);
    else nodes.push(entry.row);
    previous = entry;
  }
  return { controls, nodes };
}

// How a rate field's text was read ("= 10%"), and the notice when that reading is likely a slip.
function showReading(c, parsed, fmt) {
  const read = 'value' in parsed;
  c.echo.textContent = read ? `= ${fmt.pct(parsed.value)}` : '';
  c.echo.title = read ? t('hint', `read_${parsed.read}`) : '';
  if (!c.notice) return;
  const high = read && parsed.value >= 1;
  c.notice.hidden = !high;
  c.notice.textContent = high ? t('hint', 'rate_100_or_more', { shown: fmt.pct(parsed.value) }) : '';
}

export function createInputs(form, { onInput }) {
  let controls = new Map();  // field name -> {field, row, control, error, echo}
  let current = null;

  // (Re)builds the form. ctx: {calc, raw, period, currencySymbol, fmt, idScope (optional)}
  function build(ctx) {
    current = ctx;
    const built = buildRows(ctx, onInput);
    controls = built.controls;
    form.replaceChildren(...built.nodes);
  }

  // Shows the fields of the chosen alternative, the "read as 5%" echo of rate fields and which
  // fields still hold an example (`examples`: their names); a text that changed elsewhere (a
  // pasted link, Back, a file) is written into its control.
  function refresh(raw, examples) {
    const visible = new Set(visibleFields(current.calc, raw).map((f) => f.name));
    for (const [name, c] of controls) {
      const want = c.field.kind === 'choice' ? raw[name] || c.field.default : raw[name];
      if (want !== undefined && c.control.value !== want) c.control.value = want;
      if (c.field.inline) continue;
      c.row.hidden = !visible.has(name);
      c.row.classList.toggle('is-example', examples.has(name));
      c.row.querySelector('.example-tag').hidden = !examples.has(name);
      if (c.echo) showReading(c, parseRate(raw[name]), current.fmt);
    }
  }

  // problems: [{name, index, problem}] for this form's fields; a problem on an inline choice
  // shows under the field it sits beside.
  function showProblems(list, fmt) {
    const byName = new Map();
    for (const p of list) if (!byName.has(p.name)) byName.set(p.name, p);
    for (const [name, c] of controls) {
      if (c.field.inline) continue;
      const inline = [...controls.values()].find((o) => o.field.inline && o.row === c.row);
      const p = byName.get(name) ?? (inline && byName.get(inline.field.name));
      c.error.hidden = !p;
      c.error.textContent = p ? problemText(p, c.field, fmt) : '';
      c.control.setAttribute('aria-invalid', p ? 'true' : 'false');
      c.row.classList.toggle('invalid', Boolean(p));
    }
  }

  return { build, refresh, showProblems, knows: (name) => controls.has(name), focus: (name) => controls.get(name)?.control.focus() };
}
