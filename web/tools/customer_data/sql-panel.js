// The warehouse SQL card's loop: the query is asked again when the dialect, the table's names
// or a summary setting changes; the newest answer wins.
import { t } from '../../i18n/i18n.js';
import { sqlRequest } from './requests.js';
import { dataProblemText } from './views/problems.js';

const SETTINGS = ['dialect', 'returns', 'time_unit', 'grouping', 'observation_end', 'calibration_end'];

export function createSqlPanel({ engine, views, store, setSlice, defaults, dialects, notify, fmt }) {
  let names = {};
  let response = null;
  let latest = 0;
  const slice = () => store.get().customer_data;

  function render() {
    const problems = response && !response.ok ? response.problems.map((p) => dataProblemText(p, fmt())) : [];
    views.sql.render(response, slice().dialect, defaults, problems, dialects);
  }

  async function refresh() {
    const ticket = ++latest;
    let answer;
    try { answer = await engine.evaluate(sqlRequest(slice(), names)); } catch { return; }  // a cancel restarts the worker
    if (ticket !== latest) return;
    response = answer;
    render();
  }

  views.sql.handlers.onDialect = (dialect) => setSlice({ dialect });
  views.sql.handlers.onNames = (next) => { names = next; refresh(); };
  views.sql.handlers.onCopy = async (text) => {
    try { await navigator.clipboard.writeText(text); notify.toast(t('data', 'sql_copied')); } catch { notify.toast(t('data', 'sql_copy_failed')); }
  };
  store.watch((s) => SETTINGS.map((k) => s.customer_data[k]), () => refresh());
  refresh();
  return { render, refresh };
}
