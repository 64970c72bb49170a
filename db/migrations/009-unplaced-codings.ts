import type { Migration } from './index.ts';

// Codings whose whole text an edit or an update of their document removed (issue 16). They
// are never dropped nor moved onto other words: the row leaves `codings` (whose ranges must
// cover text) and is kept here with its id, its last range and quote, until the researcher
// places it again. Undoable like codings (db/queries/rows.ts).
export const migration009UnplacedCodings: Migration = {
  version: 9,
  name: 'unplaced-codings',
  sql: `
CREATE TABLE unplaced_codings (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL,
  created_at TEXT NOT NULL,
  unplaced_at TEXT NOT NULL
);
CREATE INDEX unplaced_codings_document ON unplaced_codings(document_id);
`,
};
