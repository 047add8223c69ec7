// The workbench's head: the client's name, the demo client, a blank client, save and open the
// model as a JSON file, and the printed report.
import { t } from '../../i18n/i18n.js';
import { byTestId } from '../../ui/dom.js';
import { until } from '../../app/store.js';
import { initial } from './codec.js';
import { clearedTexts } from './answer.js';
import { exportDocument, importDocument } from './document.js';
import { setClient, setWorkbench } from './slice.js';
import { download, stamp } from './files.js';
import { dashboardCsv } from './csv.js';

// The model emptied: every form's fields blank, every table without rows.
function blank(calcs) {
  const slice = initial();
  for (const [form, calc] of Object.entries(calcs.byForm)) slice.forms[form] = clearedTexts(calc);
  for (const table of Object.keys(slice.tables)) slice.tables[table] = [];
  return slice;
}

// current() -> {part: {request, response}} of what is on screen.
export function wireHead({ root, store, calcs, notify, writeNow, current }) {
  const client = byTestId(root, 'wb-client');
  client.value = store.get().workbench.client;
  client.addEventListener('input', () => setClient(store, client.value));
  store.watch((s) => s.workbench.client, (name) => { if (client.value !== name) client.value = name; });
  byTestId(root, 'wb-demo').addEventListener('click', () => setWorkbench(store, () => initial()));
  byTestId(root, 'wb-clear').addEventListener('click', () => setWorkbench(store, () => blank(calcs)));
  byTestId(root, 'wb-print').addEventListener('click', () => window.print());
  const fileName = (ext) => `workbench-${(store.get().workbench.client.trim() || 'client').replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 40)}-${stamp()}.${ext}`;
  byTestId(root, 'wb-save').addEventListener('click', () => {
    writeNow();
    const doc = exportDocument(store.get(), current());
    download(fileName('json'), new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
  });
  byTestId(root, 'wb-csv').addEventListener('click', () => {
    const s = store.get();
    const csv = dashboardCsv({ lang: s.lang, currency: s.currency, period: s.period }, s.workbench.client, current());
    download(fileName('csv'), new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  });
  const file = byTestId(root, 'wb-open');
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (!chosen) return;
    let next;
    try {
      next = importDocument(await chosen.text(), store.get());
    } catch (e) {
      notify.toast(t('wb', `import_${e.message}`));
      return;
    }
    store.update(() => next);
    await until(store, (s) => s.words === next.lang);
    notify.toast(t('ui', 'imported'));
  });
}
