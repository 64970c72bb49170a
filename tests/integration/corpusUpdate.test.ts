import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isCodePointBoundary } from '../../app/text/offsets.ts';
import { requireTool, sharedMaterial } from '../support/requiredTool.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir, repoRoot } from '../support/tempDir.ts';

const corpus = join(repoRoot, '..', 'shared', 'corpus');
const CORPUS = sharedMaterial(corpus);

/** A range of the canonical text a change of the new version touches. */
interface Touched {
  readonly start: number;
  readonly end: number;
}

/** A line's text as the canonical text holds it: without its speaker label ("Jessica: "). */
function body(line: string, text: string): string {
  return once(text, line.trim()) ? line.trim() : line.replace(/^[^:\n]{1,40}:\s*/u, '').trim();
}

function once(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first >= 0 && haystack.indexOf(needle, first + 1) < 0;
}

/**
 * The transcriber's new version of a raw transcript: five words corrected (their last letter
 * dropped), a paragraph inserted before a turn, another paragraph removed; with the ranges of
 * the current canonical text each change touches (a line break's margin on each side).
 */
function newVersion(raw: string, text: string, inserted: string): { raw: string; touched: Touched[] } {
  const touched: Touched[] = [];
  const mark = (start: number, length: number) => touched.push({ start: start - 2, end: start + length + 2 });
  const lines = raw.split('\n');
  const paragraph = lines.find(
    (line, index) =>
      index > lines.length / 2 && line.trim().length > 120 && once(raw, line) && once(text, body(line, text)),
  );
  if (!paragraph) throw new Error('no paragraph to remove');
  mark(text.indexOf(body(paragraph, text)), body(paragraph, text).length);
  let edited = raw.replace(`${paragraph}\n`, '');
  const words = [...new Set(raw.slice(raw.length / 4).match(/\p{L}{8,}/gu) ?? [])]
    .filter((word) => once(raw, word) && once(text, word) && !paragraph.includes(word))
    .slice(0, 5);
  expect(words).toHaveLength(5);
  for (const word of words) {
    mark(text.indexOf(word), word.length);
    edited = edited.replace(word, word.slice(0, -1));
  }
  // Before a line a third of the way in that is unique in both texts.
  const before = lines.find(
    (line, index) =>
      index > lines.length / 3 &&
      line.trim().length > 40 &&
      once(raw, line) &&
      once(text, body(line, text)) &&
      line !== paragraph,
  );
  if (!before) throw new Error('no line to insert before');
  mark(text.indexOf(body(before, text)), 0);
  edited = edited.replace(`${before}\n`, `${inserted}\n\n${before}\n`);
  return { raw: edited, touched };
}

/** 50 passages spread over the text, each from a word start to a word end. */
function passages(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  for (let index = 0; index < 50; index++) {
    let start = Math.floor((index * text.length) / 50);
    while (start < text.length && !/\p{L}/u.test(text[start] ?? '')) start++;
    while (start > 0 && /\p{L}/u.test(text[start - 1] ?? '')) start--;
    let end = Math.min(text.length, start + 40 + ((index * 37) % 90));
    while (end < text.length && /\p{L}/u.test(text[end] ?? '')) end++;
    if (isCodePointBoundary(text, start) && isCodePointBoundary(text, end) && start < end)
      result.push({ start, end });
  }
  return result;
}

function rows(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT id, text, checksum FROM documents').all(),
      segments: db.prepare('SELECT * FROM segments ORDER BY id').all(),
      codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

describe('updating real transcripts of ../shared/corpus from a new version', () => {
  beforeEach((context) => requireTool(context, CORPUS));

  it.each([
    [
      'fr_artisans_entretien-24.10.03-01.derived.txt',
      '[Chercheur] (9:00 - 9:05)\nUn paragraphe ajouté à la relecture.',
    ],
    ['en_sheffield-orda_Jessica.txt', 'Researcher 1: A paragraph added when the recording was heard again.'],
  ])('%s: every untouched coding keeps its quote, undo restores all', async (file, inserted) => {
    const raw = readFileSync(join(corpus, file), 'utf8');
    const session = testSession();
    const path = join(makeTempDir('corpus-update'), 'c.verbatim');
    await call(session, 'project/create', { path });
    const imported = await call(session, 'documents/importFiles', {
      files: [{ name: file, base64: Buffer.from(raw).toString('base64') }],
    });
    const id = imported.imported[0]?.id ?? 0;
    const { text } = await call(session, 'documents/get', { id });
    const code = await call(session, 'codes/create', { name: 'passage' });
    const created = await call(session, 'codings/create', {
      items: passages(text).map((span) => ({ documentId: id, ...span, codeId: code.id })),
    });
    expect(created).toHaveLength(50);
    const before = rows(path);

    const version = newVersion(raw, text, inserted);
    const report = await call(session, 'documents/applyUpdate', {
      id,
      file: { name: file, base64: Buffer.from(version.raw).toString('base64') },
    });
    const updated = await call(session, 'documents/get', { id });
    expect(updated.text).toContain(body(inserted.split('\n').pop() ?? '', ''));
    const codings = new Map(
      (await call(session, 'codings/ofDocument', { documentId: id, view: 'all' })).map((coding) => [
        coding.id,
        coding,
      ]),
    );
    for (const coding of codings.values())
      expect(updated.text.slice(coding.start, coding.end)).toBe(coding.quote);
    const untouched = created.filter((coding) =>
      version.touched.every((range) => range.end <= coding.start || range.start >= coding.end),
    );
    expect(untouched.length).toBeGreaterThan(30);
    for (const coding of untouched) expect(codings.get(coding.id)?.quote, coding.quote).toBe(coding.quote);
    expect(report.kept + report.moved + report.changed.length + report.unplaced.length).toBe(50);

    await call(session, 'history/undo', {});
    expect(rows(path)).toEqual(before);
    session.close();
  });
});
