import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../app/contract/types.ts';
import { listCodingsByIds, listSegmentsByDocument } from '../../db/index.ts';
import { fillLargeProject } from '../bench/largeProject.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { unzipText } from './refiFixture.ts';

describe('export reads', () => {
  it('gives codings in the order of the ids asked, each with its own columns, a missing id skipped', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('export-rows'), 'rows.verbatim') });
    const db = session.db();
    fillLargeProject(db, { documents: 3, words: 600, codes: 4, codings: 40 });
    const all = db
      .prepare(
        'SELECT id, code_id AS codeId, document_id AS documentId, coder_id AS coderId, start, end, quote FROM codings',
      )
      .all() as { id: number }[];
    const asked = [all[7]?.id ?? 0, 999_999, all[2]?.id ?? 0, all[30]?.id ?? 0, all[0]?.id ?? 0];
    expect(listCodingsByIds(db, asked)).toEqual([all[7], all[2], all[30], all[0]]);
    expect(listCodingsByIds(db, [])).toEqual([]);

    const segments = listSegmentsByDocument(db);
    const rows = db
      .prepare(
        'SELECT document_id AS documentId, ordinal, start, end, speaker, timestamp FROM segments ORDER BY document_id, ordinal',
      )
      .all() as { documentId: number; ordinal: number }[];
    expect([...segments.values()].flat()).toEqual(rows.map(({ documentId: _, ...segment }) => segment));
    session.close();
  });

  it("writes every document's turns in a .qdpx, past a batch of 200 documents", async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('export-turns'), 'turns.verbatim') });
    const db = session.db();
    fillLargeProject(db, { documents: 230, words: 80, codes: 2, codings: 20 });
    const file = (await call(session, 'exchange/exportProject', {})) as ExportedFile;
    const sidecar = JSON.parse(unzipText(file.content)['verbatim-turns.json'] ?? '{}') as {
      documents: Record<string, { turns: unknown[][] }>;
    };
    const rows = db
      .prepare(
        `SELECT d.guid, s.start, s.end, s.speaker, s.timestamp FROM segments s JOIN documents d ON d.id = s.document_id
         ORDER BY d.id, s.ordinal`,
      )
      .all() as {
      guid: string;
      start: number;
      end: number;
      speaker: string | null;
      timestamp: string | null;
    }[];
    const expected: Record<string, unknown[][]> = {};
    for (const { guid, start, end, speaker, timestamp } of rows)
      (expected[guid] ??= []).push([start, end, speaker, timestamp]);
    expect(Object.keys(expected)).toHaveLength(230);
    expect(Object.keys(sidecar.documents)).toEqual(Object.keys(expected));
    expect(
      Object.fromEntries(Object.entries(sidecar.documents).map(([guid, { turns }]) => [guid, turns])),
    ).toEqual(expected);
    session.close();
  });
});
