import PouchDB from 'pouchdb-browser';
import indexeddb from 'pouchdb-adapter-indexeddb';
PouchDB.plugin(indexeddb);
window.run = async (adapter, total, batch) => {
  const db = new PouchDB('bench-' + adapter + Math.random(), { adapter });
  const t0 = performance.now();
  for (let start = 0; start < total; start += batch) {
    const docs = [];
    for (let i = start; i < Math.min(total, start + batch); i++) docs.push({ _id: (i * 2654435761 % 4294967296).toString(16).padStart(8, '0') + i, v: 1, iv: 'x'.repeat(16), data: 'y'.repeat(300) });
    await db.bulkDocs(docs);
  }
  const write = performance.now() - t0;
  const t1 = performance.now();
  let since = 0, n = 0;
  for (;;) { const r = await db.changes({ since, limit: batch, include_docs: true }); if (!r.results.length) break; n += r.results.length; since = r.last_seq; }
  const read = performance.now() - t1;
  await db.destroy();
  return { adapter, write: Math.round(write), read: Math.round(read), n };
};
