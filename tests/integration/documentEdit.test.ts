import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { isCodePointBoundary } from '../../app/text/offsets.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';
import { untouched } from '../../app/documents/touchedRanges.ts';

// Turns with an emoji (a surrogate pair) and a combining accent NFC keeps apart (q + U+0301).
const TEXT = [
  'Enquêteur : Et le soir, vous travaillez ? 😅',
  'Marie : Oui, le soir je travaille pour la plateforme après les enfants.',
  'Enquêteur : Seule ?',
  'Marie : Toujours seule, q\u0301uasi sans pause.',
].join('\n');

interface Project {
  readonly session: ProjectSession;
  readonly path: string;
  readonly documentId: number;
  readonly text: string;
}

async function project(name = 'edit'): Promise<Project> {
  const session = testSession();
  const path = join(makeTempDir(name), `${name}.verbatim`);
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'marie.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const { text } = await call(session, 'documents/get', { id: documentId });
  return { session, path, documentId, text };
}

function at(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in the text`);
  return { start, end: start + quote.length };
}

/** Every row an edit may touch, as another connection reads it (search index included). */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT id, name, text, checksum FROM documents ORDER BY id').all(),
      segments: db.prepare('SELECT * FROM segments ORDER BY id').all(),
      index: db.prepare('SELECT rowid, text FROM segments_fts ORDER BY rowid').all(),
      codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
      unplaced: db.prepare('SELECT * FROM unplaced_codings ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

async function codeSome(p: Project, quotes: readonly string[]): Promise<void> {
  const code = await call(p.session, 'codes/create', { name: 'travail' });
  await call(p.session, 'codings/create', {
    items: quotes.map((quote, index) => ({
      documentId: p.documentId,
      ...at(p.text, quote),
      codeId: code.id,
      coder: index % 2 === 0 ? 'alice' : 'bastien',
    })),
  });
}

describe('documents/edit', () => {
  it('moves codings with their text, unplaces a deleted one, and undo restores every row', async () => {
    const p = await project();
    await codeSome(p, ['le soir je travaille', 'après les enfants', 'Seule ?', 'Toujours seule']);
    const before = snapshot(p.path);
    const report = await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [
        { ...at(p.text, 'Et le soir'), text: 'Et la nuit' },
        { ...at(p.text, 'après'), text: 'avant' },
        { ...at(p.text, 'Seule ?'), text: '' },
      ],
      expectedLength: p.text.length,
    });
    expect(report.detail.text).toContain('avant les enfants');
    // Same length before it: kept; after the deleted turn: moved.
    expect(report.kept).toBe(1);
    expect(report.moved).toBe(1);
    expect(report.changed.map((coding) => [coding.before, coding.after])).toEqual([
      ['après les enfants', 'avant les enfants'],
    ]);
    expect(report.unplaced.map((coding) => coding.quote)).toEqual(['Seule ?']);
    const codings = await call(p.session, 'codings/ofDocument', { documentId: p.documentId, view: 'all' });
    for (const coding of codings)
      expect(report.detail.text.slice(coding.start, coding.end)).toBe(coding.quote);
    expect(await call(p.session, 'documents/unplacedCodings', { id: p.documentId })).toHaveLength(1);
    // The search index follows the text.
    expect((await call(p.session, 'search/query', { query: 'nuit' })).total).toBe(1);
    expect((await call(p.session, 'search/query', { query: 'après' })).total).toBe(0);
    const after = snapshot(p.path);

    const undone = await call(p.session, 'history/undo', {});
    expect(undone.done.summary).toContain('Edit document «marie»');
    expect(snapshot(p.path)).toEqual(before);
    await call(p.session, 'history/redo', {});
    expect(snapshot(p.path)).toEqual(after);
  });

  it('places an unplaced coding again, and refuses a stale editor', async () => {
    const p = await project('restore');
    await codeSome(p, ['Seule ?']);
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ ...at(p.text, 'Seule ?'), text: '' }],
    });
    const [unplaced] = await call(p.session, 'documents/unplacedCodings', { id: p.documentId });
    const { text } = await call(p.session, 'documents/get', { id: p.documentId });
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      restore: [{ id: unplaced?.id ?? 0, ...at(text, 'Toujours') }],
    });
    expect(await call(p.session, 'documents/unplacedCodings', { id: p.documentId })).toEqual([]);
    const codings = await call(p.session, 'codings/ofDocument', { documentId: p.documentId, view: 'all' });
    expect(codings.map((coding) => coding.quote)).toEqual(['Toujours']);
    const stale = await callError(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ start: 0, end: 1, text: 'X' }],
      expectedLength: p.text.length,
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('keeps unplaced codings with their code: merged along, deleted and restored by undo', async () => {
    const p = await project('unplaced-code');
    await codeSome(p, ['Seule ?']);
    const other = await call(p.session, 'codes/create', { name: 'solitude' });
    const [travail] = (await call(p.session, 'codes/list', {})).filter((code) => code.name === 'travail');
    const [coded] = await call(p.session, 'codings/ofDocument', { documentId: p.documentId, view: 'all' });
    await call(p.session, 'codes/update', { id: travail?.id ?? 0, exampleCodingId: coded?.id ?? 0 });
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ ...at(p.text, 'Seule ?'), text: '' }],
    });
    // An anchor example is a placed coding: an unplaced one stops being it.
    const example = async () =>
      (await call(p.session, 'codes/list', {})).find((code) => code.id === travail?.id)?.exampleCodingId;
    expect(await example()).toBeNull();
    await call(p.session, 'history/undo', {});
    expect(await example()).toBe(coded?.id);
    await call(p.session, 'history/redo', {});
    await call(p.session, 'codes/merge', { sourceId: travail?.id ?? 0, targetId: other.id });
    const unplaced = () => call(p.session, 'documents/unplacedCodings', { id: p.documentId });
    expect((await unplaced()).map((coding) => coding.code)).toEqual(['solitude']);
    await call(p.session, 'codes/delete', { id: other.id });
    expect(await unplaced()).toEqual([]);
    await call(p.session, 'history/undo', {});
    expect((await unplaced()).map((coding) => coding.quote)).toEqual(['Seule ?']);
  });

  it('splits a turn, changes speakers, and undo restores the turns', async () => {
    const p = await project('turns');
    const before = snapshot(p.path);
    const report = await call(p.session, 'documents/edit', {
      id: p.documentId,
      turns: [
        { op: 'split', offset: at(p.text, ' je travaille').start },
        { op: 'renameSpeaker', from: 'Marie', to: 'M.' },
        { op: 'setTimestamp', ordinal: 0, timestamp: '00:01:02' },
      ],
    });
    expect(report.segmentsAfter).toBe(report.segmentsBefore + 1);
    const document = await call(p.session, 'documents/get', { id: p.documentId });
    expect(document.segments.map((segment) => segment.speaker)).toEqual([
      'Enquêteur',
      'M.',
      'M.',
      'Enquêteur',
      'M.',
    ]);
    expect(document.segments[0]?.timestamp).toBe('00:01:02');
    await call(p.session, 'history/undo', {});
    expect(snapshot(p.path)).toEqual(before);
  });

  it('keeps untouched quotes and undoes byte for byte for random edits (property)', async () => {
    const p = await project('property');
    const points = [...Array(p.text.length + 1).keys()].filter((offset) =>
      isCodePointBoundary(p.text, offset),
    );
    const point = fc.constantFrom(...points);
    const span = fc
      .tuple(point, point)
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const code = await call(p.session, 'codes/create', { name: 'c' });
    const { segments } = await call(p.session, 'documents/get', { id: p.documentId });
    await fc.assert(
      fc.asyncProperty(
        fc.array(span, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(span, fc.constantFrom('', 'x', '😀', 'q\u0301', 'é ', '\n')), {
          minLength: 1,
          maxLength: 3,
        }),
        async (codingSpans, rawEdits) => {
          const created = await call(p.session, 'codings/create', {
            items: codingSpans.map(([start, end]) => ({
              documentId: p.documentId,
              start,
              end,
              codeId: code.id,
            })),
          });
          const edits = rawEdits
            .map(([[start, end], text]) => ({ start, end, text }))
            .sort((a, b) => a.start - b.start)
            .filter((edit, index, sorted) => sorted.slice(0, index).every((other) => other.end < edit.start));
          const before = snapshot(p.path);
          const result = await callEdit(p, edits);
          if (result) {
            const codings = await call(p.session, 'codings/ofDocument', {
              documentId: p.documentId,
              view: 'all',
            });
            for (const coding of created) {
              if (untouched(edits, segments, coding))
                expect(codings.find((other) => other.id === coding.id)?.quote).toBe(coding.quote);
            }
            for (const coding of codings) expect(result.slice(coding.start, coding.end)).toBe(coding.quote);
            await call(p.session, 'history/undo', {});
          }
          expect(snapshot(p.path)).toEqual(before);
          await call(p.session, 'codings/deleteMany', { ids: created.map((coding) => coding.id) });
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** The edited text, or null when the edit was refused with a message (nothing saved). */
async function callEdit(
  p: Project,
  edits: { start: number; end: number; text: string }[],
): Promise<string | null> {
  try {
    return (await call(p.session, 'documents/edit', { id: p.documentId, edits })).detail.text;
  } catch (error) {
    if (String(error).includes('INVALID_INPUT')) return null;
    throw error;
  }
}

describe('pseudonymisation after an edit', () => {
  it('rewrites the text the history keeps, so undoing the edit gives a pseudonymised text whose turns fit', async () => {
    const p = await project('pseudonymise-history');
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ ...at(p.text, 'Et le soir'), text: 'Paul Durand, et le soir' }],
    });
    const named = await call(p.session, 'documents/get', { id: p.documentId });
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ ...at(named.text, 'Toujours'), text: 'Presque toujours' }],
    });
    await call(p.session, 'pseudonymise/applyToDocuments', {
      documentIds: [p.documentId],
      replacements: [{ variants: ['Paul Durand'], replacement: '[E1]' }],
    });
    // The pseudonymisation is set aside at once: undo goes to the second edit.
    await call(p.session, 'history/undo', {});
    const undone = await call(p.session, 'documents/get', { id: p.documentId });
    expect(undone.text).toContain('[E1], et le soir');
    expect(undone.text).not.toContain('Paul');
    expect(undone.text).toContain('Toujours seule');
    expect(undone.segments.map((segment) => undone.text.slice(segment.start, segment.end))).toEqual(
      undone.text.split('\n\n'),
    );
  });
});

describe('documents/previewUpdate and applyUpdate', () => {
  it('aligns a new version, previews without saving, applies as one undoable change', async () => {
    const p = await project('update');
    await codeSome(p, ['le soir je travaille', 'Seule ?', 'Toujours seule']);
    const newVersion = TEXT.replace('pour la plateforme', 'pour une plateforme').replace(
      'Enquêteur : Seule ?\n',
      '',
    );
    const file = { name: 'marie-v2.txt', base64: Buffer.from(newVersion).toString('base64') };
    const before = snapshot(p.path);
    const preview = await call(p.session, 'documents/previewUpdate', { id: p.documentId, file });
    expect(preview.saved).toBe(false);
    expect(snapshot(p.path)).toEqual(before);
    expect(preview.unplaced.map((coding) => coding.quote)).toEqual(['Seule ?']);
    expect(preview.kept + preview.moved).toBe(2);
    const applied = await call(p.session, 'documents/applyUpdate', { id: p.documentId, file });
    const withoutTimes = (report: typeof preview) => ({
      ...report,
      saved: true,
      unplaced: report.unplaced.map((coding) => ({ ...coding, unplacedAt: '' })),
    });
    expect(withoutTimes(applied)).toEqual(withoutTimes(preview));
    const codings = await call(p.session, 'codings/ofDocument', { documentId: p.documentId, view: 'all' });
    expect(codings.map((coding) => coding.quote).sort()).toEqual(['Toujours seule', 'le soir je travaille']);
    await call(p.session, 'history/undo', {});
    expect(snapshot(p.path)).toEqual(before);
  });

  it('matches a batch of new versions to documents by name and reports what matches none', async () => {
    const p = await project('batch');
    const report = await call(p.session, 'documents/applyUpdateBatch', {
      files: [
        { name: 'marie.txt', base64: Buffer.from(TEXT.replace('Seule', 'Seul')).toString('base64') },
        { name: 'inconnu.txt', base64: Buffer.from('Rien.').toString('base64') },
      ],
    });
    expect(report.updated.map((update) => update.document)).toEqual(['marie']);
    expect(report.failed.map((failure) => failure.file)).toEqual(['inconnu.txt']);
    expect((await call(p.session, 'documents/get', { id: p.documentId })).text).toContain('Seul ?');
  });
});

describe('REFI-QDA export after an edit', () => {
  it('writes the edited text with positions that match it', async () => {
    const p = await project('refi');
    await codeSome(p, ['le soir je travaille', 'Toujours seule']);
    await call(p.session, 'documents/edit', {
      id: p.documentId,
      edits: [{ ...at(p.text, 'Et le soir'), text: 'Et la nuit 🌙' }],
    });
    const edited = await call(p.session, 'documents/get', { id: p.documentId });
    const exported = await call(p.session, 'exchange/exportProject', {});
    const other = testSession();
    await call(other, 'project/create', { path: join(makeTempDir('refi-back'), 'back.verbatim') });
    await call(other, 'exchange/importProject', { name: exported.fileName, base64: exported.content });
    const [document] = await call(other, 'documents/list', {});
    const imported = await call(other, 'documents/get', { id: document?.id ?? 0 });
    expect(imported.text).toBe(edited.text);
    const codings = await call(other, 'codings/ofDocument', { documentId: imported.id, view: 'all' });
    expect(codings.map((coding) => imported.text.slice(coding.start, coding.end)).sort()).toEqual([
      'Toujours seule',
      'le soir je travaille',
    ]);
  });
});
