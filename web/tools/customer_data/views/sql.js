// "Summarise in your warehouse": the query that makes the same per-customer summary from a
// transactions table (the core writes it: summary_sql), for the dialect chosen, with the
// table's and columns' names, and a copy button. The summary's settings are the tool's own.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';

export const SQL_NAMES = ['table', 'customer_column', 'date_column', 'amount_column'];
export const SHOWN_DIALECTS = ['duckdb', 'postgresql', 'spark', 'bigquery'];

// handlers: {onDialect(dialect), onNames(names), onCopy(text)}
export function createSql(root, handlers = {}) {
  const dialects = h('select', { dataset: { testid: 'data-sql-dialect' } });
  dialects.addEventListener('change', () => handlers.onDialect(dialects.value));
  const inputs = Object.fromEntries(SQL_NAMES.map((name) => [name, h('input', { type: 'text', spellcheck: false, dataset: { testid: `data-sql-${name}` } })]));
  for (const input of Object.values(inputs)) {
    input.addEventListener('change', () => handlers.onNames(Object.fromEntries(SQL_NAMES.map((n) => [n, inputs[n].value.trim()]))));
  }
  const code = h('pre.sql-code', { dataset: { testid: 'data-sql' }, tabIndex: 0 });
  const note = h('p.error', { hidden: true, dataset: { testid: 'data-sql-problem' } });
  const copy = h('button.button', { type: 'button', dataset: { testid: 'data-sql-copy' }, onclick: () => handlers.onCopy(code.textContent) });
  const title = h('h2.card-title');
  const about = h('p.hint');
  const labels = {};
  const fields = [h('label.data-field', [labels.dialect = h('span.data-label'), dialects]),
    ...SQL_NAMES.map((name) => h('label.data-field', [labels[name] = h('span.data-label'), inputs[name]]))];
  root.append(title, about, h('div.data-grid', fields), note, code, h('div.data-actions', [copy]));

  // response: summary_sql's; dialect: chosen; defaults: {name: the core's default word}.
  function render(response, dialect, defaults, problemTexts = [], dialectChoices = SHOWN_DIALECTS) {
    title.textContent = t('data', 'sql_title');
    about.textContent = t('data', 'sql_about');
    copy.textContent = t('data', 'sql_copy');
    labels.dialect.textContent = t('data_field', 'dialect');
    for (const name of SQL_NAMES) {
      labels[name].textContent = t('data_field', name);
      inputs[name].placeholder = defaults[name] ?? '';
    }
    dialects.replaceChildren(...dialectChoices.map((d) => h('option', { value: d, textContent: t('data_choice', `dialect.${d}`) })));
    dialects.value = dialect;
    note.hidden = problemTexts.length === 0;
    note.textContent = problemTexts.join(' ');
    code.textContent = response?.ok ? response.result.sql : '';
    copy.disabled = !response?.ok;
  }
  return { render, handlers };
}
