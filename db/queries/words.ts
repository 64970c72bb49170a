import type { Db } from '../open.ts';

export interface DocumentTextRow {
  readonly id: number;
  readonly name: string;
  readonly text: string;
}

/** Every document's text, in the document list's order: what word counts read. */
export function listDocumentTexts(db: Db): DocumentTextRow[] {
  return db
    .prepare('SELECT id, name, text FROM documents ORDER BY name COLLATE NOCASE, id')
    .all() as DocumentTextRow[];
}

/** Forgets a project setting (db/queries/coders.ts getSetting, setSetting): its default applies again. */
export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM project_settings WHERE key = ?').run(key);
}
