// The form of one calculation. Built once per calculation/language/period so focus survives
// typing; errors and the "read as" echo are updated in place on every answer.
import { t, has } from '../../../i18n/i18n.js';
import { visibleFields } from '../descriptors.js';
import { parseNumber } from '../../../ui/parse.js';
import { problemText } from '../../../ui/messages.js';
import { h } from '../../../ui/dom.js';

const id = (prefix, name) => `${prefix}-${name.replace(/\./g, '-')}`;

export function createInputs(form, { onInput }) {
  let controls = new Map();   // field name -> {field, row, control, error, echo}
  let current = null;

  function label(field) {
    return field.item ? t('item', field.item) : t('name', field.name, { period: t('period', current.period) });
  }

  function control(field, text) {
    const attrs = { id: id('f', field.name), name: field.name };
    let node;
    if (field.kind === 'choice') {
      node = h('select', attrs, field.options.map((o) =>
        h('option', { value: o, textContent: t('choice', `${field.name}.${o}`) })));
      node.value = text || field.default;
    } else if (field.kind === 'list') {
      node = h('textarea', { ...attrs, rows: 2, spellcheck: false, value: text,
                             placeholder: t('ui', field.itemKind === 'rate' ? 'placeholder_rate_list' : 'placeholder_list') });
    } else {
      node = h('input', { ...attrs, type: 'text', inputMode: field.kind === 'count' ? 'numeric' : 'decimal',
                          autocomplete: 'off', spellcheck: false, value: text });
      node.placeholder = field.optional ? t('ui', 'placeholder_optional')
        : field.kind === 'rate' ? t('ui', 'placeholder_rate') : '';
    }
    node.dataset.testid = `input-${field.name}`;
    node.addEventListener(field.kind === 'choice' ? 'change' : 'input', () => onInput(field.name, node.value));
    return node;
  }

  function fieldRow(field, text) {
    const input = control(field, text);
    const error = h('p', { className: 'error', id: id('e', field.name), hidden: true });
    error.dataset.testid = `error-${field.name}`;
    const describedBy = [error.id];
    const hintKey = field.kind === 'list' ? `list_${field.itemKind}` : field.name;
    const parts = [h('label', { htmlFor: input.id, textContent: label(field) }),
                   h('div', { className: `control kind-${field.kind}` }, [input])];
    if (field.kind === 'money') parts[1].prepend(h('span', { className: 'affix', textContent: current.currencySymbol, ariaHidden: 'true' }));
    const echo = h('span', { className: 'echo', ariaHidden: 'true' });
    if (field.kind === 'rate') parts[1].append(echo);
    if (has('hint', hintKey)) {
      const hint = h('p', { className: 'hint', id: id('h', field.name), textContent: t('hint', hintKey) });
      parts.push(hint);
      describedBy.unshift(hint.id);
    }
    parts.push(error);
    input.setAttribute('aria-describedby', describedBy.join(' '));
    if (field.optional) parts[0].append(h('span', { className: 'optional', textContent: t('ui', 'optional') }));
    const row = h('div', { className: `field field-${field.kind}` }, parts);
    row.dataset.field = field.name;
    controls.set(field.name, { field, row, control: input, error, echo });
    return row;
  }

  // (Re)builds the form. ctx: {calc, raw, period, currencySymbol}
  function build(ctx) {
    current = ctx;
    controls = new Map();
    const groups = new Map();  // fieldset per cost family
    const nodes = [];
    let previous = null;
    for (const field of ctx.calc.fields) {
      const text = ctx.raw[field.name];
      if (field.inline && previous) {  // e.g. "per [year]" beside the discount rate
        const select = control(field, text);
        select.setAttribute('aria-label', t('name', field.name));
        select.classList.add('inline-choice');
        const per = h('span', { className: 'per', textContent: t('ui', 'per') });
        previous.querySelector('.control').append(per, select);
        controls.set(field.name, { field, row: previous, control: select, error: previous.querySelector('.error') });
        continue;
      }
      const row = fieldRow(field, text);
      if (field.family) {
        if (!groups.has(field.family)) {
          const set = h('fieldset', { className: 'family' }, [h('legend', { textContent: t('family', field.family) })]);
          set.dataset.family = field.family;
          groups.set(field.family, set);
          nodes.push(set);
        }
        groups.get(field.family).append(row);
      } else nodes.push(row);
      previous = row;
    }
    form.replaceChildren(...nodes);
  }

  // Shows the fields of the chosen alternative and the "read as 5%" echo of rate fields; a text
  // that changed elsewhere (a pasted link, Back, a file) is written into its control.
  function refresh(raw) {
    const visible = new Set(visibleFields(current.calc, raw).map((f) => f.name));
    for (const [name, c] of controls) {
      const want = c.field.kind === 'choice' ? raw[name] || c.field.default : raw[name];
      if (want !== undefined && c.control.value !== want) c.control.value = want;
      if (c.field.inline) continue;
      c.row.hidden = !visible.has(name);
      if (c.echo) {
        const parsed = parseNumber(raw[name], { percent: true });
        c.echo.textContent = 'value' in parsed ? `= ${current.fmt.pct(parsed.value)}` : '';
      }
    }
  }

  // problems: [{name, index, problem}] for this form's fields; the rest are the caller's.
  function showProblems(list, fmt) {
    const byName = new Map();
    for (const p of list) if (!byName.has(p.name)) byName.set(p.name, p);
    for (const [name, c] of controls) {
      if (c.field.inline) continue;
      const p = byName.get(name) ?? byName.get(inlineOf(name));
      c.error.hidden = !p;
      c.error.textContent = p ? problemText(p, c.field, fmt) : '';
      c.control.setAttribute('aria-invalid', p ? 'true' : 'false');
      c.row.classList.toggle('invalid', Boolean(p));
    }
  }

  // A problem on an inline choice shows under the field it sits beside.
  const inlineOf = (name) => {
    for (const [n, c] of controls) if (c.field.inline && c.row === controls.get(name)?.row && n !== name) return n;
    return undefined;
  };

  const knows = (name) => controls.has(name);
  const focus = (name) => controls.get(name)?.control.focus();
  return { build, refresh, showProblems, knows, focus };
}
