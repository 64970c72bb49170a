import type { Migration } from './index.ts';

// Coders' initials and colour (shown beside their codings), and project-wide settings
// such as blind coding, which a team lead switches on for the whole project.
export const migration006CoderIdentity: Migration = {
  version: 6,
  name: 'coder-identity',
  sql: `
ALTER TABLE coders ADD COLUMN initials TEXT NOT NULL DEFAULT '';
ALTER TABLE coders ADD COLUMN color TEXT NOT NULL DEFAULT '#6b7280';

CREATE TABLE project_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
};
