// Where the tool's files live between visits: the user's files in IndexedDB (app/persist/
// datasets.js) under an id that the state and a link carry; the built-in CDNOW sample is
// and the published CDNOW summary are fetched from the page's own folder instead (a link
// naming one works in any browser).
import { openDatasets } from '../../app/persist/datasets.js';

export const SAMPLE_ID = 'sample';
export const SAMPLE_SUMMARY_ID = 'sample_summary';
// The built-in files (scripts/build.sh copies them into dist/data/).
const SAMPLES = {
  [SAMPLE_ID]: { name: 'CDNOW_sample.txt', url: 'data/CDNOW_sample.txt', kind: 'transactions' },
  [SAMPLE_SUMMARY_ID]: { name: 'cdnow_customers_summary.csv', url: 'data/cdnow_customers_summary.csv', kind: 'summary' },
};
const TOOL = 'customer_data';

export function createShelf(dbName) {
  let sets = null;
  const db = () => (sets ??= openDatasets(dbName));
  return {
    // {id, meta: {name, size, kind}, bytes: Uint8Array} (a big file: blob, a Blob, instead) or
    // null when this browser has no such file.
    async load(id) {
      if (Object.hasOwn(SAMPLES, id)) {
        const sample = SAMPLES[id];
        const response = await fetch(new URL(sample.url, document.baseURI));
        if (!response.ok) throw new Error(`${sample.url}: HTTP ${response.status}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { id, meta: { name: sample.name, size: bytes.length, kind: sample.kind }, bytes };
      }
      const got = await db().get(id);
      if (!got) return null;
      return got.data instanceof Blob ? { id, meta: got.meta, blob: got.data } : { id, meta: got.meta, bytes: new Uint8Array(got.data) };
    },
    // Keeps a file's bytes (a Uint8Array), or a big file as the Blob it is (IndexedDB stores it
    // without the page reading it); returns its new id.
    async keep(name, kind, bytes) {
      const id = `${kind === 'summary' ? 's' : 'f'}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
      const blob = bytes instanceof Blob;
      await db().put(id, { tool: TOOL, name: String(name).slice(0, 200), size: blob ? bytes.size : bytes.length, kind },
                     blob ? bytes : bytes.slice().buffer);
      return id;
    },
    // [{id, meta}] of this tool's kept files, newest first.
    async list() {
      const all = await db().list();
      return all.filter((d) => d.meta?.tool === TOOL).sort((a, b) => String(b.saved_at).localeCompare(String(a.saved_at)));
    },
    forget: (id) => db().remove(id),
  };
}
