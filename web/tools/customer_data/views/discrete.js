// "Discrete-period data (BG/BB)": histories of yearly (or other discrete) opportunities, one row
// per history: frequency (opportunities with a transaction), recency (the last of them),
// periods (opportunities observed) and count (how many customers had it); pasted, from a file,
// or the published donations example. Then α, β, γ, δ with their standard errors and the
// log-likelihood, and each history's P(alive) and transactions expected next. The core's numbers.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { fitBlock } from './fit.js';

function rowsTable(shown, fmt) {
  const k = shown.customers;
  const p = shown.prediction.result.customers;
  const names = ['frequency', 'recency', 'periods', 'count', 'p_alive', 'expected'];
  const head = h('tr', names.map((c) => h('th', { scope: 'col', textContent: t('data_models', `col_${c}`, { n: fmt.plain(shown.prediction.result.horizon, 0) }) })));
  const rows = k.frequency.map((_, i) => h('tr', [
    h('td', { textContent: fmt.plain(k.frequency[i], 0) }), h('td', { textContent: fmt.plain(k.recency[i], 0) }),
    h('td', { textContent: fmt.plain(k.periods[i], 0) }), h('td', { textContent: k.weight ? fmt.plain(k.weight[i], 0) : '1' }),
    h('td', { dataset: { testid: `data-bgbb-alive-${i}` }, textContent: fmt.share(p.p_alive[i]) }),
    h('td', { dataset: { testid: `data-bgbb-expected-${i}` }, textContent: fmt.plain(p.expected_purchases[i], 3) })]));
  return h('div.table-wrap', [h('table.period-table.data-table', { dataset: { testid: 'data-bgbb-rows' } }, [h('thead', [head]), h('tbody', rows)])]);
}

// handlers: {onFit({text, horizon}), onExample(), onFile(file)}
export function createDiscrete(root, handlers) {
  const text = h('textarea', { rows: 6, spellcheck: false, dataset: { testid: 'data-bgbb-table' } });
  const horizon = h('input', { type: 'text', inputMode: 'numeric', dataset: { testid: 'data-bgbb-horizon' } });
  // The browser's own file control speaks its language, not the page's: a button of ours opens it.
  const file = h('input', { type: 'file', hidden: true, accept: '.csv,.tsv,.txt,text/csv,text/plain', dataset: { testid: 'data-bgbb-file' } });
  file.addEventListener('change', () => { if (file.files?.[0]) handlers.onFile(file.files[0]); file.value = ''; });
  const open = h('button.button', { type: 'button', dataset: { testid: 'data-bgbb-open' }, onclick: () => file.click() });
  const read = () => ({ text: text.value, horizon: horizon.value.trim() });
  const fit = h('button.button.primary', { type: 'button', dataset: { testid: 'data-bgbb-fit' }, onclick: () => handlers.onFit(read()) });
  const example = h('button.button', { type: 'button', dataset: { testid: 'data-bgbb-example' }, onclick: () => handlers.onExample() });
  const labels = { title: h('h2.card-title'), about: h('p.hint'), text: h('span.data-label'), horizon: h('span.data-label') };
  const problems = h('ul.notes.problems', { hidden: true, dataset: { testid: 'data-bgbb-problems' }, attrs: { role: 'alert' } });
  const result = h('div.model-result');
  root.replaceChildren(labels.title, labels.about, h('label.data-field.model-text', [labels.text, text]),
    h('div.data-grid', [h('label.data-field', [labels.horizon, horizon])]),
    h('div.data-actions', [fit, example, open, file]), problems, result);

  const set = { text: null, horizon: null };
  function render(state, fmt) {
    labels.title.textContent = t('data_models', 'bgbb_title');
    labels.about.textContent = t('data_models', 'bgbb_about');
    labels.text.textContent = t('data_field', 'histories');
    labels.horizon.textContent = t('data_field', 'bgbb_horizon');
    open.textContent = t('data_models', 'bgbb_file');
    text.placeholder = t('data_models', 'bgbb_placeholder');
    fit.textContent = t('data_fit', 'fit');
    example.textContent = t('data_models', 'bgbb_example');
    // What the user is typing stays: the boxes change only when the state's text does.
    if (state.text !== set.text) text.value = set.text = state.text;
    if (state.horizon !== set.horizon) horizon.value = set.horizon = state.horizon;
    problems.hidden = state.problems.length === 0;
    problems.replaceChildren(...state.problems.map((p) => h('li', p)));
    const s = state.shown;
    if (!s) { result.replaceChildren(); return; }
    const parts = fitBlock('bg_bb', s.fit, fmt);
    if (s.prediction) parts.push(h('h3.table-title', t('data_models', 'bgbb_rows_title', { n: fmt.plain(s.prediction.result.horizon, 0) })), rowsTable(s, fmt));
    result.replaceChildren(...parts);
  }
  return { render };
}
