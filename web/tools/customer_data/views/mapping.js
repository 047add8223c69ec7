// "Columns and options": what the core detected in the file (delimiter, header, encoding, date
// format), its first rows, and the choices that make the summary: a column for each role (the
// core's guesses preselected), the date format (asked when the dates read both ways), the
// returns policy, time unit, grouping, observation end and an optional calibration end.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { ROLES } from '../codec.js';

const OPTIONAL = new Set(['amount', 'quantity']);
const SHOWN_ROWS = 8;

function columnName(preview, i) {
  const head = preview.has_header ? preview.header[i] : preview.rows[0]?.[i];
  return `${i + 1}${head ? ` · ${String(head).slice(0, 24)}` : ''}`;
}

function select(testid, options, value, onChange) {
  const node = h('select', { dataset: { testid } }, options.map(([v, label]) => h('option', { value: String(v), textContent: label })));
  node.value = String(value);
  node.addEventListener('change', () => onChange(node.value));
  return node;
}

const field = (label, control, note) => h('label.data-field', [h('span.data-label', label), control, ...(note ? [note] : [])]);

function detectedLine(preview) {
  const parts = [
    t('data', 'detected_delimiter', { delimiter: t('data_choice', `delimiter.${preview.delimiter}`) }),
    t('data', preview.has_header ? 'detected_header' : 'detected_no_header'),
    t('data', 'detected_encoding', { encoding: String(preview.encoding).toUpperCase() }),
  ];
  if (preview.date_format) parts.push(t('data', 'detected_dates', { format: t('data_choice', `date_format.${preview.date_format}`) }));
  return parts.join(' · ');
}

function previewTable(preview) {
  const count = preview.column_count;
  const head = h('tr', Array.from({ length: count }, (_, i) => h('th', { scope: 'col', textContent: columnName(preview, i) })));
  const rows = preview.rows.slice(0, SHOWN_ROWS).map((row) => h('tr', Array.from({ length: count }, (_, i) => h('td', { textContent: row[i] ?? '' }))));
  return h('div.table-wrap', { tabIndex: 0, attrs: { role: 'region', 'aria-label': t('data', 'first_rows') } },
           [h('table.period-table.data-table', { dataset: { testid: 'data-preview-table' } }, [h('thead', [head]), h('tbody', rows)])]);
}

function roleSelects(preview, slice, onChange) {
  const columns = Array.from({ length: preview.column_count }, (_, i) => [i, columnName(preview, i)]);
  return ROLES.map((role) => {
    const guess = preview.columns[role];
    const chosen = slice.columns[role] ?? guess ?? (OPTIONAL.has(role) ? -1 : '');
    const options = [...(OPTIONAL.has(role) ? [[-1, t('data', 'column_none')]] : chosen === '' ? [['', t('data', 'column_choose')]] : []), ...columns];
    const control = select(`data-col-${role}`, options, chosen, (v) => onChange({ columns: { ...slice.columns, [role]: v === '' ? null : Number(v) } }));
    return field(t('data_field', `columns.${role}`), control,
                 guess !== null && guess !== undefined ? h('span.hint', t('data', 'guessed', { column: guess + 1 })) : null);
  });
}

function choiceSelect(name, slice, choices, onChange) {
  const options = (choices[name] ?? [slice[name]]).map((v) => [v, t('data_choice', `${name}.${v}`)]);
  return field(t('data_field', name), select(`data-${name}`, options, slice[name], (v) => onChange({ [name]: v })));
}

function dateInput(name, slice, onChange, hint) {
  const input = h('input', { type: 'date', value: slice[name], dataset: { testid: `data-${name}` } });
  input.addEventListener('change', () => onChange({ [name]: input.value }));
  return field(t('data_field', name), input, h('span.hint', hint));
}

// handlers: {onChange(patch), onSummarise()}
export function createMapping(root, handlers) {
  // preview: the core's preview result; slice: the tool's state; choices: {name: [allowed]}.
  function render(preview, slice, choices) {
    if (!preview) { root.hidden = true; root.replaceChildren(); return; }
    root.hidden = false;
    const onChange = handlers.onChange;
    const ambiguous = preview.date_format_ambiguous && slice.date_format === 'auto';
    const dateFormat = choiceSelect('date_format', slice, choices, onChange);
    if (ambiguous) dateFormat.append(h('span.notice', { dataset: { testid: 'data-date-ask' }, textContent: t('data', 'date_ambiguous', {
      formats: preview.date_format_candidates.map((f) => t('data_choice', `date_format.${f}`)).join(t('ui', 'list_separator')) }) }));
    const summarise = h('button.button.primary', { type: 'button', dataset: { testid: 'data-summarise' }, textContent: t('data', 'summarise'),
                                                   onclick: () => handlers.onSummarise() });
    root.replaceChildren(
      h('h2.card-title', t('data', 'columns_title')),
      h('p.hint', { dataset: { testid: 'data-detected' }, textContent: detectedLine(preview) }),
      previewTable(preview),
      h('div.data-grid', roleSelects(preview, slice, onChange)),
      h('div.data-grid', [dateFormat, choiceSelect('returns', slice, choices, onChange), choiceSelect('time_unit', slice, choices, onChange),
                          choiceSelect('grouping', slice, choices, onChange),
                          dateInput('observation_end', slice, onChange, t('data', 'observation_end_hint')),
                          dateInput('calibration_end', slice, onChange, t('data', 'calibration_end_hint'))]),
      h('div.data-actions', [summarise]),
    );
  }
  return { render };
}
