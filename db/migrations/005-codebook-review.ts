import type { Migration } from './index.ts';

// Codebook review by a team lead: frozen versions of the codebook (a JSON snapshot of the
// codes, compared with the live codebook by GUID) and proposals by coders, accepted or
// rejected by the lead.
export const migration005CodebookReview: Migration = {
  version: 5,
  name: 'codebook-review',
  sql: `
-- Structured facts about an event that its row changes do not say plainly (e.g. which code
-- a merge went into), as JSON.
ALTER TABLE events ADD COLUMN meta TEXT NOT NULL DEFAULT '{}';

CREATE TABLE codebook_versions (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  last_event_id INTEGER NOT NULL DEFAULT 0,
  codes TEXT NOT NULL
);

CREATE TABLE proposals (
  id INTEGER PRIMARY KEY,
  guid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('new-code', 'definition', 'rename', 'merge')),
  payload TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
  decided_by TEXT,
  decided_at TEXT,
  decision_comment TEXT NOT NULL DEFAULT ''
);
`,
};
