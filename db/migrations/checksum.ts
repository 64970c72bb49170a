import { createHash } from 'node:crypto';
import type { Migration } from './index.ts';

/** Each SQL text's checksum, hashed once per process. */
const checksums = new Map<string, string>();

/**
 * The checksum recorded in `schema_migrations.checksum` for a migration: SHA-256 (hex) of
 * its SQL text, byte for byte. The SQL is what runs, and it reads the same under tsx, the
 * built CLI and Electron; a data step in code (`run`) is not hashed here, because its
 * compiled text differs between builds. migrationChecksums.test.ts freezes both: this
 * value, and a hash of each migration file's source with whitespace removed, so that
 * editing a shipped migration (its SQL or its data step) fails the tests.
 */
export function migrationChecksum(migration: Pick<Migration, 'sql'>): string {
  // Checked on every open, backups listed included: each SQL text is hashed once per process.
  let checksum = checksums.get(migration.sql);
  if (checksum === undefined) {
    checksum = createHash('sha256').update(migration.sql, 'utf8').digest('hex');
    checksums.set(migration.sql, checksum);
  }
  return checksum;
}
