import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, migrations } from '../../db/index.ts';
import { migrationChecksum } from '../../db/migrations/checksum.ts';
import { call, callError, testSession } from '../support/session.ts';

// Project files written by the code of each earlier schema (tests/fixtures/projects/
// make-fixtures.sh), with every row of every table in the JSON beside each. Opening one
// with this version must migrate it to the latest schema and lose or change nothing.

type Row = Record<string, unknown>;
interface Manifest {
  readonly commit: string;
  readonly schemaVersion: number;
  readonly tables: Record<string, Row[]>;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'projects');
const fixtureVersions = readdirSync(FIXTURES)
  .map((file) => /^schema-(\d{3})\.verbatim$/u.exec(file)?.[1])
  .filter((version) => version !== undefined)
  .map(Number)
  .sort((a, b) => a - b);
/** Tables that opening a project may add rows to: the migrations applied now. */
const GROWING = new Set(['schema_migrations']);

function fixture(version: number): { path: string; manifest: Manifest } {
  const name = `schema-${String(version).padStart(3, '0')}`;
  const path = join(mkdtempSync(join(tmpdir(), 'verbatim-schema-')), `${name}.verbatim`);
  copyFileSync(join(FIXTURES, `${name}.verbatim`), path);
  return { path, manifest: JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Manifest };
}

/** The rows of `table` with the columns the fixture had, as sorted JSON strings. */
function rowsAsBefore(db: Database.Database, table: string, columns: readonly string[]): string[] {
  const list = columns.map((column) => `"${column}"`).join(', ');
  return (db.prepare(`SELECT ${list} FROM "${table}"`).all() as Row[])
    .map((row) => JSON.stringify(row))
    .sort();
}

const sorted = (rows: readonly Row[]) => rows.map((row) => JSON.stringify(row)).sort();

it('has a project written by every earlier schema', () => {
  expect(fixtureVersions).toEqual(Array.from({ length: latestSchemaVersion - 1 }, (_, index) => index + 1));
});

describe.each(fixtureVersions)('a project written with schema %i', (version) => {
  it('opens, migrates to the latest schema and keeps every row', async () => {
    const { path, manifest } = fixture(version);
    expect(manifest.schemaVersion).toBe(version);
    const session = testSession();
    await call(session, 'project/open', { path });
    await call(session, 'project/close', {});

    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all()).toEqual(
        migrations.map((migration) => ({
          version: migration.version,
          checksum: migrationChecksum(migration),
        })),
      );
      for (const [table, rows] of Object.entries(manifest.tables)) {
        const columns = Object.keys(rows[0] ?? {});
        if (columns.length === 0) continue;
        const now = rowsAsBefore(db, table, columns);
        if (GROWING.has(table)) expect(now, table).toEqual(expect.arrayContaining(sorted(rows)));
        else expect(now, table).toEqual(sorted(rows));
      }
      // Migration 009 stores each document's length in UTF-16 units, as offsets count.
      const lengths = db.prepare('SELECT text, text_length AS length FROM documents').all() as {
        text: string;
        length: number;
      }[];
      for (const document of lengths) expect(document.length).toBe(document.text.length);
      // Migration 004 builds the search index from the segments already there.
      const indexed = db
        .prepare(
          'SELECT segments_fts.text AS indexed, documents.text, segments.start, segments.end FROM segments JOIN documents ON documents.id = segments.document_id LEFT JOIN segments_fts ON segments_fts.rowid = segments.id',
        )
        .all() as { indexed: string | null; text: string; start: number; end: number }[];
      expect(indexed.length).toBe(manifest.tables.segments?.length);
      for (const segment of indexed)
        expect(segment.indexed).toBe(segment.text.slice(segment.start, segment.end));
    } finally {
      db.close();
    }
    expect(latestSchemaVersion).toBeGreaterThan(version);
  });

  it('reads its documents, codings and search index through dispatch', async () => {
    const { path, manifest } = fixture(version);
    const session = testSession();
    await call(session, 'project/open', { path });
    // Blind mode (schema 6) would hide the other coders' codings from this test's coder.
    if ((await call(session, 'project/settings', {})).blindMode) {
      await call(session, 'project/setSettings', { blindMode: false });
    }
    const { documents: documentRows = [], codings: codingRows = [] } = manifest.tables;
    expect(codingRows.length).toBeGreaterThan(0);
    const documents = await call(session, 'documents/list', {});
    expect(documents.map((document) => document.name).sort()).toEqual(
      documentRows.map((document) => document.name).sort(),
    );
    for (const before of documentRows) {
      const detail = await call(session, 'documents/get', { id: before.id as number });
      expect(detail.text).toBe(before.text);
      const codings = await call(session, 'codings/ofDocument', { documentId: before.id as number });
      expect(sorted(codings.map(({ codeId, start, end, quote }) => ({ codeId, start, end, quote })))).toEqual(
        sorted(
          codingRows
            .filter((coding) => coding.document_id === before.id)
            .map((coding) => ({
              codeId: coding.code_id,
              start: coding.start,
              end: coding.end,
              quote: coding.quote,
            })),
        ),
      );
    }
    const found = await call(session, 'search/query', { query: 'ethique' });
    expect(found.total).toBe(2);
    if (manifest.tables.memos) {
      expect((await call(session, 'memos/list', {})).length).toBe(manifest.tables.memos.length);
    }
    await call(session, 'project/close', {});
  });
});

it('refuses, untouched, a project migrated by a build whose migration differed', async () => {
  const { path } = fixture(fixtureVersions.at(-1) ?? 1);
  const session = testSession();
  await call(session, 'project/open', { path });
  await call(session, 'project/close', {});
  const db = new Database(path);
  db.prepare('UPDATE schema_migrations SET checksum = ? WHERE version = 3').run('f'.repeat(64));
  db.close();
  const before = readFileSync(path);
  const error = await callError(session, 'project/open', { path });
  expect(error.code).toBe('ALTERED_SCHEMA');
  expect(error.message).toMatch(/different build of Verbatim: its database step 3 \(codebook-memos\)/u);
  expect(readFileSync(path)).toEqual(before);
});
