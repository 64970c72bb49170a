import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../app/contract/api.ts';
import type { ExportedFile } from '../../app/contract/types.ts';
import type { ProjectSession } from '../../app/session.ts';
import { call } from '../support/session.ts';
import { exportFixture } from './exportFixture.ts';
import { zipEntriesAsText } from '../support/zipEntries.ts';

/**
 * The exports of a fixture project, compared byte for byte with the files the writers gave
 * before they were made to stream (tests/fixtures/exports/, written by the code of the
 * commit that added this test). CSV, Markdown and HTML whole; a .qdpx and a .docx entry by
 * entry, since compression may change while the contents must not. Dates the writers put
 * in (the export's time) are replaced by a fixed one. `UPDATE_EXPORT_REFERENCES=1` rewrites
 * the references: only ever on purpose, with the change reviewed.
 */
const REFERENCES = join(import.meta.dirname, '..', 'fixtures', 'exports');
const UPDATE = process.env.UPDATE_EXPORT_REFERENCES === '1';

type ExcerptsInput = InputOf<'exports/excerpts'>;

const EXCERPT_EXPORTS: Record<string, ExcerptsInput> = {
  'excerpts-default.csv': { format: 'csv' },
  'excerpts-case-fr.csv': {
    format: 'csv',
    language: 'fr',
    groupBy: 'case',
    citation: ['case', 'attr:Âge', 'speaker', 'timestamp', 'segment'],
    includeMemos: true,
    csvCells: 'spreadsheet',
  },
  'excerpts-document.csv': { format: 'csv', groupBy: 'document', quoteMarks: true, includeMemos: true },
  'excerpts-fr.md': { format: 'md', language: 'fr', includeMemos: true, quoteMarks: true },
  'excerpts-en.html': {
    format: 'html',
    groupBy: 'document',
    citation: ['document', 'code', 'attr:Plateforme'],
  },
  'excerpts-default.docx': { format: 'docx' },
  'excerpts-fr-memos.docx': {
    format: 'docx',
    language: 'fr',
    groupBy: 'document',
    includeMemos: true,
    quoteMarks: true,
    citation: ['case', 'attr:Âge', 'speaker', 'timestamp', 'code'],
  },
};

/** The file's comparable form: its text, or its entries for a zip. */
function comparable(file: ExportedFile): string {
  if (file.encoding !== 'base64') return file.content;
  return JSON.stringify(zipEntriesAsText(Buffer.from(file.content, 'base64')), null, 1);
}

function expectSameAsReference(name: string, file: ExportedFile): void {
  const path = join(REFERENCES, `${name}${file.encoding === 'base64' ? '.json' : ''}`);
  const actual = comparable(file);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('exports are the same bytes as before they streamed', () => {
  let session: ProjectSession;
  beforeAll(async () => {
    session = await exportFixture();
  });

  for (const [name, input] of Object.entries(EXCERPT_EXPORTS)) {
    it(`excerpts: ${name}`, async () => {
      const file = await call(session, 'exports/excerpts', input);
      // Files are named in the export's language (issue 14, trap 8).
      const word = input.language === 'fr' ? 'extraits' : 'excerpts';
      expect(file.fileName).toBe(`terrain-${word}.${input.format}`);
      expectSameAsReference(name, file);
    });
  }

  it('excerpts of one code, as a job: the same file as the direct call', async () => {
    const codes = await call(session, 'codes/list', {});
    const opacity = codes.find((code) => code.name === 'opacité')?.id ?? 0;
    const input: ExcerptsInput = { format: 'csv', codeIds: [opacity], citation: ['document', 'speaker'] };
    const direct = await call(session, 'exports/excerpts', input);
    expect(direct.fileName).toBe('terrain-opacité.csv');
    expectSameAsReference('excerpts-one-code.csv', direct);
    const { jobId } = await call(session, 'exports/excerptsJob', input);
    const status = await session.jobs.wait(jobId);
    expect(status.state).toBe('done');
    expect(comparable(status.result as ExportedFile)).toBe(comparable(direct));
  });

  it('REFI-QDA project: every entry of the .qdpx', async () => {
    const file = await call(session, 'exchange/exportProject', {});
    expect(file.fileName).toBe('terrain.qdpx');
    const entries = zipEntriesAsText(Buffer.from(file.content, 'base64'));
    expect(Object.keys(entries)).toContain('verbatim-turns.json');
    expectSameAsReference('project.qdpx', file);
  });
});
