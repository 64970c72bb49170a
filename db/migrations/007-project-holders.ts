import type { Migration } from './index.ts';

// Who has the project open (one row per open connection of a Verbatim program), so that a
// process kept waiting for the write lock can say which program holds it. Rows are removed
// on close; a crashed program's row is ignored once its process is gone.
export const migration007ProjectHolders: Migration = {
  version: 7,
  name: 'project-holders',
  sql: `
CREATE TABLE project_holders (
  id TEXT PRIMARY KEY,
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  user TEXT NOT NULL,
  app TEXT NOT NULL,
  opened_at TEXT NOT NULL
);
`,
};
