import type { Migration } from './index.ts';

// Codebook fields of the coding workspace (definition is codes.description), archiving,
// and memos on the project, a document, a code or a coding.
// A memo's body is the Lexical editor state (JSON); plain_text is kept beside it for
// search and exports. target_id is null for project memos.
export const migration003CodebookMemos: Migration = {
  version: 3,
  name: 'codebook-memos',
  sql: `
ALTER TABLE codes ADD COLUMN inclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN exclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN example_coding_id INTEGER REFERENCES codings(id) ON DELETE SET NULL;
ALTER TABLE codes ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

CREATE TABLE memos (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'coding')),
  target_id INTEGER,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  plain_text TEXT NOT NULL,
  author_id INTEGER REFERENCES coders(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX memos_target ON memos(target_kind, target_id);
`,
};
