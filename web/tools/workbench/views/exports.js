// The small buttons in a section's head: its chart as PNG, its table as CSV. Their words follow
// the language; the file names carry the section and the time.
import { t } from '../../../i18n/i18n.js';
import { h } from '../../../ui/dom.js';
import { download, stamp, toCsv } from '../files.js';

function headButton(section, store, testid, wordKey, onClick) {
  const button = h('button.button.small.wb-png', { type: 'button', textContent: t('ui', wordKey), dataset: { testid } });
  button.addEventListener('click', onClick);
  store.watch((s) => s.words, () => { button.textContent = t('ui', wordKey); });
  section.querySelector('.card-head').append(button);
  return button;
}

// chart: {toPng()} resolving to a blob or null (nothing drawn yet).
export function pngButton(section, store, { testid, chart, name }) {
  return headButton(section, store, testid, 'export_png', async () => {
    const blob = await chart.toPng();
    if (blob) download(`workbench-${name}-${stamp()}.png`, blob);
  });
}

// rows(): [[cell]] with a header row first, or null when there is no answer yet.
export function csvButton(section, store, { testid, rows, name }) {
  return headButton(section, store, testid, 'export_csv', () => {
    const table = rows();
    if (table) download(`workbench-${name}-${stamp()}.csv`, new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  });
}
