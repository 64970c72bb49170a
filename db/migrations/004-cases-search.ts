import type Database from 'better-sqlite3';
import type { Migration } from './index.ts';

// Cases (respondents) with typed attributes, document sets, code groups, and the full-text
// index over segments. The index keeps its own copy of each segment's text (rowid =
// segments.id) with diacritics folded, so "ethique" finds "éthique".
export const migration004CasesSearch: Migration = {
  version: 4,
  name: 'cases-search',
  sql: `
CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cases_name ON cases(name COLLATE NOCASE);

CREATE TABLE case_documents (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (case_id, document_id)
);
CREATE INDEX case_documents_document ON case_documents(document_id);

CREATE TABLE attributes (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
  choices TEXT NOT NULL DEFAULT '[]',
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX attributes_name ON attributes(name COLLATE NOCASE);

CREATE TABLE attribute_values (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (case_id, attribute_id)
);
CREATE INDEX attribute_values_attribute ON attribute_values(attribute_id, value);

CREATE TABLE document_sets (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE UNIQUE INDEX document_sets_name ON document_sets(name COLLATE NOCASE);
CREATE TABLE document_set_members (
  set_id INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (set_id, document_id)
);

CREATE TABLE code_groups (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE UNIQUE INDEX code_groups_name ON code_groups(name COLLATE NOCASE);
CREATE TABLE code_group_members (
  group_id INTEGER NOT NULL REFERENCES code_groups(id) ON DELETE CASCADE,
  code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, code_id)
);

CREATE VIRTUAL TABLE segments_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = old.id;
END;
`,
  run: (db: Database.Database) => {
    // Offsets are UTF-16 units; SQLite's substr counts characters, so slice in JavaScript.
    const insert = db.prepare('INSERT INTO segments_fts (rowid, text) VALUES (?, ?)');
    const documents = db.prepare('SELECT id, text FROM documents').all() as { id: number; text: string }[];
    const segments = db.prepare('SELECT id, start, end FROM segments WHERE document_id = ?');
    for (const document of documents) {
      for (const segment of segments.all(document.id) as { id: number; start: number; end: number }[]) {
        insert.run(segment.id, document.text.slice(segment.start, segment.end));
      }
    }
  },
};
