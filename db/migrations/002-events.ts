import type { Migration } from './index.ts';

// The history of every change to codes and codings (later memos): who, when, what, and the
// rows before and after, so that any change can be undone and redone, across restarts.
// `changes` is JSON: a list of row-level changes (see app/history/changeSet.ts).
// state: 'done' (on the undo stack), 'undone' (on the redo stack), 'discarded' (an undone
// change that a newer change replaced; kept for the history panel).
export const migration002Events: Migration = {
  version: 2,
  name: 'events',
  sql: `
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  coder_id INTEGER REFERENCES coders(id),
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  summary TEXT NOT NULL,
  changes TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
);
CREATE INDEX events_state ON events(state, id);
`,
};
