import type { Migration } from './index.ts';

// Each applied migration's checksum (db/migrations/checksum.ts), so that a file migrated
// by a build whose migration N differed from ours is refused instead of being written to.
// db/open.ts fills the checksums of migrations applied before this column existed.
export const migration008MigrationChecksums: Migration = {
  version: 8,
  name: 'migration-checksums',
  sql: `
ALTER TABLE schema_migrations ADD COLUMN checksum TEXT;
`,
};
