import type { Migration } from './index.ts';

// Summary grid (framework method): a summary is a memo of its own kind, 'summary', written
// about one case (target_id) and one code (code_id). SQLite cannot widen a CHECK in place,
// so the memos table is rebuilt with the new kind and the code column (at the end, so that
// every existing row keeps its columns). One summary per case, code and author: in blind
// mode each coder writes their own, and another's stays hidden like their other memos.
// Nothing references memos, so dropping and renaming loses no link.
export const migration011Summaries: Migration = {
  version: 11,
  name: 'summaries',
  sql: `
CREATE TABLE memos_with_summaries (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'coding', 'summary')),
  target_id INTEGER,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  plain_text TEXT NOT NULL,
  author_id INTEGER REFERENCES coders(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  code_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  CHECK ((target_kind = 'summary') = (code_id IS NOT NULL))
);
INSERT INTO memos_with_summaries
  (id, guid, target_kind, target_id, title, body, plain_text, author_id, created_at, updated_at)
  SELECT id, guid, target_kind, target_id, title, body, plain_text, author_id, created_at, updated_at FROM memos;
DROP TABLE memos;
ALTER TABLE memos_with_summaries RENAME TO memos;
CREATE INDEX memos_target ON memos(target_kind, target_id);
CREATE UNIQUE INDEX memos_summary_cell ON memos(target_id, code_id, IFNULL(author_id, 0))
  WHERE target_kind = 'summary';
`,
};
