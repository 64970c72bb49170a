import type { Migration } from './index.ts';

// Offsets (start, end) are UTF-16 code units of documents.text, half-open [start, end).
// quote is the coded text itself, stored so that any drift between offsets and text is
// detectable (see app/text/offsets.ts).
export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  text TEXT NOT NULL,
  source_name TEXT NOT NULL,
  source_format TEXT NOT NULL,
  source_encoding TEXT NOT NULL,
  checksum TEXT NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);

CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  speaker TEXT,
  timestamp TEXT,
  CHECK (start <= end),
  UNIQUE (document_id, ordinal)
);
CREATE INDEX segments_document_start ON segments(document_id, start);

CREATE TABLE codes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES codes(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  color TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
-- Code names are unique in a project (case-insensitive): the CLI and exports name codes.
CREATE UNIQUE INDEX codes_name ON codes(name COLLATE NOCASE);
CREATE INDEX codes_parent ON codes(parent_id);

CREATE TABLE codings (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (start >= 0 AND start < end)
);
CREATE INDEX codings_document_start ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id);
`,
};
