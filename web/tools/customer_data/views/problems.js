// The messages about what went wrong, each a sentence in the user's language naming the field
// (or the file) and what is allowed; kept until the next attempt.
import { t, has } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { problemText, splitField, warningText } from '../../../ui/messages.js';

// The field a problem is about, in words ("Date column", "The file orders.csv").
export function fieldLabel(path, fileName) {
  const { name, index } = splitField(path);
  if (name === '' || name === 'text' || name === 'base64' || name === 'file') return fileName ? t('data_field', 'file_named', { name: fileName }) : t('data_field', 'file');
  const label = has('data_field', name) ? t('data_field', name) : name;
  if (index === undefined) return label;
  // A survivor curve's values are periods (the first is period 0); a BG/BB table's rows are histories.
  if (name === 'survivors') return t('data_field', 'of_period', { field: label, n: index });
  if (name.startsWith('histories.')) return t('data_field', 'of_history', { field: label, n: index + 1 });
  return t('data_field', 'of_row', { field: label, n: index + 1 });
}

// One problem as "Field: what is wrong and what is allowed."
export function dataProblemText(problem, fmt, fileName) {
  const own = has('data_problem', problem.code) ? t('data_problem', problem.code, {
    allowed: (problem.allowed ?? []).map((a) => (has('data_choice', `${splitField(problem.field).name}.${a}`)
      ? t('data_choice', `${splitField(problem.field).name}.${a}`) : a)).join(t('ui', 'list_separator')),
    reason: t('data_reason', splitField(problem.field).name),
  }) : problemText({ problem }, null, fmt);
  return `${fieldLabel(problem.field, fileName)}${t('data', 'field_separator')}${own}`;
}

// A warning in the tool's own words when it has them (the calculator's rate_converted speaks of
// years and months; the models convert by days), else in the page's.
export function dataWarningText(warning, fmt) {
  if (!has('data_warning', warning.code)) return warningText(warning, fmt);
  const [first, second] = (warning.values ?? []).map((v) => fmt.value(v.unit, v.value));
  return t('data_warning', warning.code, { first, second });
}

export function createProblems(root) {
  return {
    // messages: [text]; an empty list hides the box.
    show(messages) {
      root.hidden = messages.length === 0;
      root.replaceChildren(...messages.map((text) => h('li', text)));
    },
  };
}
