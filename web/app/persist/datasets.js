// Data sets too large for a link or localStorage (a transaction log, a customer summary): kept in
// the browser's IndexedDB under an id, with a small description, so a reload or a saved link
// (which carries only the id) finds them again. Nothing leaves the browser.
//   const sets = openDatasets();
//   await sets.put('cdnow', { name: 'CDNOW sample', rows: 6919 }, bytes);
//   const { meta, data } = await sets.get('cdnow');
const DB_VERSION = 1;
const STORE = 'datasets';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// `dbName` is for tests; the page uses the default.
export function openDatasets(dbName = 'clvcalc') {
  let db = null;
  function connect() {
    if (!db) {
      const open = indexedDB.open(dbName, DB_VERSION);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'id' });
      db = request(open);
    }
    return db;
  }
  async function run(mode, action) {
    const tx = (await connect()).transaction(STORE, mode);
    const done = new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); tx.onabort = () => reject(tx.error); });
    const result = await request(action(tx.objectStore(STORE)));
    await done;
    return result;
  }
  return {
    // Saves (or replaces) a data set: `meta` a small plain object, `data` anything structured
    // cloning keeps (ArrayBuffer, typed arrays, Blob, plain objects).
    put: (id, meta, data) => run('readwrite', (s) => s.put({ id, meta, data, saved_at: new Date().toISOString() })),
    // {id, meta, data, saved_at}, or undefined.
    get: (id) => run('readonly', (s) => s.get(id)),
    // [{id, meta, saved_at}] of every data set kept, without their data.
    async list() {
      const all = await run('readonly', (s) => s.getAll());
      return all.map(({ id, meta, saved_at }) => ({ id, meta, saved_at }));
    },
    remove: (id) => run('readwrite', (s) => s.delete(id)),
    close: async () => { if (db) (await db).close(); db = null; },
  };
}
