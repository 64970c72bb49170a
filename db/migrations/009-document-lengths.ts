import type { Migration } from './index.ts';

// Listing documents read every transcript: SQLite's length() walks the text, and any column
// stored after it (imported_at, checksum) sits past the text's overflow pages. Each document
// now keeps its length in UTF-16 units (what offsets count; length() counts code points),
// the list is read from a covering index, and a checksum is found through its own index.
export const migration009DocumentLengths: Migration = {
  version: 9,
  name: 'document-lengths',
  sql: `
ALTER TABLE documents ADD COLUMN text_length INTEGER;
CREATE INDEX documents_listing ON documents(name COLLATE NOCASE, id, guid, imported_at, text_length);
CREATE INDEX documents_checksum ON documents(checksum);
`,
  // One transcript in memory at a time.
  run: (db) => {
    const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
    const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
    const store = db.prepare('UPDATE documents SET text_length = ? WHERE id = ?');
    for (const id of ids) store.run((text.get(id) as string).length, id);
  },
};
