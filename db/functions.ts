import type Database from 'better-sqlite3';

/**
 * SQL functions every connection to a project has (db/open.ts, the blind reader).
 *
 * utf16_length(text): offsets are UTF-16 code units (app/text/offsets.ts) while SQLite's
 * length() counts code points, so a text with an emoji would seem one unit short per emoji.
 */
export function registerProjectFunctions(db: Database.Database): void {
  db.function('utf16_length', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? text.length : null,
  );
}
