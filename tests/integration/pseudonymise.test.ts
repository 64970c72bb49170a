import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEGMENT_SEPARATOR } from '../../app/text/canonical.ts';
import type { ProjectSession } from '../../app/session.ts';
import { cli } from '../support/cli.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// Generated transcripts; "Zarkowski" is rare enough that finding it in the file's bytes
// can only mean the original name survived.
const ALPHA = [
  'Enquêteur : Bonjour, vous êtes bien Marie Zarkowski ?',
  'Marie Zarkowski : Oui. Écrivez-moi à marie.zarkowski@exemple.fr, j’habite 69003 Lyon.',
  'Enquêteur : Et au travail ?',
  'Marie Zarkowski : Mme Zarkowski, c’est ma belle-mère. Au bureau on dit juste Marie, ou Mariette pour rire.',
].join('\n');
const BETA = [
  'Enquêteur : Vous connaissez Marie Zarkowski ?',
  'Bruno : Oui, Marie est ma voisine, son numéro c’est le 06 12 34 56 78.',
  'Enquêteur : Merci.',
  'Bruno : De rien.',
].join('\n');

const MARIE = { variants: ['Marie Zarkowski', 'Mme Zarkowski', 'Marie'], replacement: '[Participante 3]' };
const PHONE = { variants: ['06 12 34 56 78'], replacement: '[téléphone]' };
const EMAIL = { variants: ['marie.zarkowski@exemple.fr'], replacement: '[e-mail]' };

interface Project {
  readonly session: ProjectSession;
  readonly path: string;
  readonly alpha: number;
  readonly beta: number;
}

async function setup(name: string): Promise<Project> {
  const session = testSession();
  const path = join(makeTempDir(`pseudonymise-${name}`), 'p.verbatim');
  await call(session, 'project/create', { path });
  const report = await call(session, 'documents/importFiles', {
    files: [
      { name: 'alpha.txt', base64: Buffer.from(ALPHA).toString('base64') },
      { name: 'beta.txt', base64: Buffer.from(BETA).toString('base64') },
    ],
  });
  return { session, path, alpha: report.imported[0]?.id ?? 0, beta: report.imported[1]?.id ?? 0 };
}

/** Codes the n-th occurrence of `needle` in a document; returns the coding id. */
async function code(project: Project, documentId: number, needle: string, codeName: string, nth = 0) {
  const { text } = await call(project.session, 'documents/get', { id: documentId });
  let start = -1;
  for (let index = 0; index <= nth; index += 1) start = text.indexOf(needle, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  const [coding] = await call(project.session, 'codings/create', {
    items: [{ documentId, start, end: start + needle.length, codeName }],
  });
  return coding?.id ?? 0;
}

/** Every row the apply touches, read from the file by another connection. */
function snapshot(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return {
      documents: db.prepare('SELECT id, text, checksum FROM documents ORDER BY id').all(),
      segments: db.prepare('SELECT * FROM segments ORDER BY id').all(),
      codings: db.prepare('SELECT * FROM codings ORDER BY id').all(),
      events: db.prepare('SELECT * FROM events ORDER BY id').all(),
      index: db.prepare('SELECT rowid, text FROM segments_fts ORDER BY rowid').all(),
    };
  } finally {
    db.close();
  }
}

describe('pseudonymise/scanDocuments', () => {
  it('groups identifiers across documents, speaker labels included', async () => {
    const project = await setup('scan');
    const groups = await call(project.session, 'pseudonymise/scanDocuments', { documentIds: [] });
    const marie = groups.find((group) => group.text === 'Marie Zarkowski');
    expect(marie).toMatchObject({ kind: 'name', sources: ['alpha', 'beta'], suggestion: '[Personne 1]' });
    // Once in each text, once as alpha's speaker label ("Mme Zarkowski" is a group of its own).
    expect(marie?.count).toBe(3);
    expect(groups.find((group) => group.text === 'Mme Zarkowski')?.count).toBe(1);
    expect(marie?.contexts[0]).toBe('Bonjour, vous êtes bien ⟦Marie Zarkowski⟧ ?');
    const label = groups
      .flatMap((group) => group.contexts)
      .filter((context) => context.startsWith('speaker label'));
    expect(label).toEqual(['speaker label: ⟦Marie Zarkowski⟧', 'speaker label: ⟦Bruno⟧']);
    expect(groups.map((group) => [group.kind, group.text]).filter(([kind]) => kind !== 'name')).toEqual([
      ['email', 'marie.zarkowski@exemple.fr'],
      ['postcode', '69003 Lyon'],
      ['phone', '06 12 34 56 78'],
    ]);
    expect(groups.some((group) => group.text === 'Enquêteur' || group.text === 'Mariette')).toBe(false);
    project.session.close();
  });

  it('scans only the documents asked for, and refuses unknown ones', async () => {
    const project = await setup('scan-some');
    const groups = await call(project.session, 'pseudonymise/scanDocuments', { documentIds: [project.beta] });
    expect(new Set(groups.flatMap((group) => group.sources))).toEqual(new Set(['beta']));
    expect(groups.some((group) => group.kind === 'email')).toBe(false);
    const error = await callError(project.session, 'pseudonymise/scanDocuments', { documentIds: [999] });
    expect(error.code).toBe('NOT_FOUND');
    project.session.close();
  });
});

describe('pseudonymise/applyToDocuments', () => {
  it('rewrites texts, segments, speaker labels, codings, search index and checksums', async () => {
    const project = await setup('apply');
    const { session } = project;
    const onName = await code(project, project.alpha, 'Marie Zarkowski', 'identité');
    const partial = await code(project, project.alpha, 'Zarkowski ?', 'question');
    const wide = await code(project, project.alpha, 'on dit juste Marie, ou Mariette', 'surnom');
    const untouched = await code(project, project.beta, 'Merci.', 'politesse');
    const before = await call(session, 'documents/get', { id: project.alpha });

    const report = await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [MARIE, PHONE, EMAIL],
    });
    // alpha: 3 in text + 2 labels + e-mail; "Mariette" is left alone. beta: 2 names + phone.
    expect(report).toEqual({ documents: 2, replaced: 9, elsewhere: 0 });

    const alpha = await call(session, 'documents/get', { id: project.alpha });
    expect(alpha.text).not.toContain('Zarkowski');
    expect(alpha.text).toContain('on dit juste [Participante 3], ou Mariette');
    // The text model holds: segments joined by the separator, speakers outside the text.
    expect(
      alpha.segments.map((segment) => alpha.text.slice(segment.start, segment.end)).join(SEGMENT_SEPARATOR),
    ).toBe(alpha.text);
    expect(alpha.segments.map((segment) => segment.speaker)).toEqual([
      'Enquêteur',
      '[Participante 3]',
      'Enquêteur',
      '[Participante 3]',
    ]);
    expect(alpha.segments.map((segment) => alpha.text.slice(segment.start, segment.end))[1]).toBe(
      'Oui. Écrivez-moi à [e-mail], j’habite 69003 Lyon.',
    );
    expect(before.segments.length).toBe(alpha.segments.length);

    const codings = await call(session, 'codings/ofDocument', { documentId: project.alpha });
    const quote = (id: number) => codings.find((coding) => coding.id === id)?.quote;
    expect(quote(onName)).toBe('[Participante 3]');
    expect(quote(partial)).toBe('[Participante 3] ?');
    expect(quote(wide)).toBe('on dit juste [Participante 3], ou Mariette');
    for (const coding of codings) expect(alpha.text.slice(coding.start, coding.end)).toBe(coding.quote);
    const beta = await call(session, 'codings/ofDocument', { documentId: project.beta });
    expect(beta.find((coding) => coding.id === untouched)?.quote).toBe('Merci.');

    expect((await call(session, 'search/query', { query: 'Zarkowski' })).total).toBe(0);
    // One hit per match: alpha's first and last turns (twice), beta's first two turns.
    expect((await call(session, 'search/query', { query: 'Participante' })).total).toBe(5);

    const db = new Database(project.path, { readonly: true });
    const checksum = (
      db.prepare('SELECT checksum FROM documents WHERE id = ?').get(project.alpha) as { checksum: string }
    ).checksum;
    db.close();
    expect(checksum).toBe(createHash('sha256').update(alpha.text).digest('hex'));

    const [event] = await call(session, 'history/list', {});
    expect(event).toMatchObject({ kind: 'document.pseudonymise', state: 'discarded' });
    expect(event?.summary).toContain('cannot be undone');
    session.close();
  });

  it('keeps earlier history undoable and consistent with the new text', async () => {
    const project = await setup('history');
    const { session } = project;
    const removed = await code(project, project.alpha, 'juste Marie', 'identité');
    await call(session, 'codings/delete', { id: removed });
    await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [project.alpha],
      replacements: [MARIE],
    });

    // Undo skips the pseudonymisation (it cannot be undone) and restores the deleted coding,
    // moved onto the new text.
    const step = await call(session, 'history/undo', {});
    expect(step.done.kind).not.toBe('document.pseudonymise');
    const alpha = await call(session, 'documents/get', { id: project.alpha });
    const restored = (await call(session, 'codings/ofDocument', { documentId: project.alpha })).find(
      (coding) => coding.id === removed,
    );
    expect(restored?.quote).toBe('juste [Participante 3]');
    expect(alpha.text.slice(restored?.start, restored?.end)).toBe('juste [Participante 3]');
    session.close();
  });

  it('leaves nothing of the original names in the project file', async () => {
    const project = await setup('bytes');
    const { session } = project;
    // Edits and deletions made before leave old text in free space unless the file is compacted.
    const first = await code(project, project.alpha, 'Marie Zarkowski', 'identité');
    await call(session, 'codings/delete', { id: first });
    await code(project, project.beta, 'Marie Zarkowski', 'identité');
    // A document deleted earlier leaves its pages in the file's free list.
    const gamma = `Enquêteur : Encore ?\nBruno : ${'Je parle de Zarkowski. '.repeat(2000)}`;
    const imported = await call(session, 'documents/importFiles', {
      files: [{ name: 'gamma.txt', base64: Buffer.from(gamma).toString('base64') }],
    });
    await call(session, 'documents/delete', { id: imported.imported[0]?.id ?? 0 });
    await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [MARIE, PHONE, EMAIL],
    });
    // The mapping file is returned to the caller, never stored.
    const mapping = await call(session, 'pseudonymise/mappingFile', { replacements: [MARIE] });
    expect(mapping.content).toContain('Marie Zarkowski,[Participante 3]');
    // The history kept the deleted transcript for undo; pseudonymising makes its deletion final.
    const deletion = (await call(session, 'history/list', {})).find(
      (entry) => entry.kind === 'document.delete',
    );
    expect(deletion?.state).toBe('discarded');
    session.close();

    const bytes = readFileSync(project.path).toString('latin1').toLowerCase();
    expect(bytes).toContain('participante');
    expect(bytes).not.toContain('zarkowski');
    expect(bytes).not.toContain('06 12 34 56 78');
    expect(existsSync(`${project.path}-wal`) ? readFileSync(`${project.path}-wal`).length : 0).toBe(0);
  });

  it('changes nothing when a write fails half-way', async () => {
    const project = await setup('rollback');
    const { session } = project;
    await code(project, project.alpha, 'Marie Zarkowski', 'identité');
    await code(project, project.beta, 'Marie Zarkowski', 'identité');
    const before = snapshot(project.path);
    // Fail on the second document, after the first has been rewritten.
    session
      .db()
      .exec(
        `CREATE TEMP TRIGGER fail_beta BEFORE UPDATE ON documents WHEN new.id = ${project.beta} BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
      );
    const error = await callError(session, 'pseudonymise/applyToDocuments', {
      documentIds: [project.alpha, project.beta],
      replacements: [MARIE],
    });
    expect(error.code).toBe('INTERNAL');
    expect(snapshot(project.path)).toEqual(before);
    expect((await call(session, 'search/query', { query: 'Zarkowski' })).total).toBeGreaterThan(0);
    session.close();
  });

  it('refuses a spelling linked to two replacements, or spanning lines', async () => {
    const project = await setup('invalid');
    const conflict = await callError(project.session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [MARIE, { variants: ['Marie'], replacement: '[P4]' }],
    });
    expect(conflict).toMatchObject({ code: 'INVALID_INPUT' });
    expect(conflict.message).toContain('“Marie”');
    const multiline = await callError(project.session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [{ variants: ['Marie\nZarkowski'], replacement: '[P]' }],
    });
    expect(multiline.code).toBe('INVALID_INPUT');
    const unknown = await callError(project.session, 'pseudonymise/applyToDocuments', {
      documentIds: [999],
      replacements: [MARIE],
    });
    expect(unknown.code).toBe('NOT_FOUND');
    project.session.close();
  });
});

describe('pseudonymise/mappingFile', () => {
  it('returns a CSV of variant and replacement, with no project open', async () => {
    const session = testSession();
    const file = await call(session, 'pseudonymise/mappingFile', { replacements: [MARIE, PHONE] });
    expect(file).toMatchObject({ fileName: 'pseudonymisation-mapping.csv', mimeType: 'text/csv' });
    expect(file.content.split('\r\n')).toEqual([
      '\uFEFFvariant,replacement',
      'Marie Zarkowski,[Participante 3]',
      'Mme Zarkowski,[Participante 3]',
      'Marie,[Participante 3]',
      '06 12 34 56 78,[téléphone]',
      '',
    ]);
  });
});

describe('verbatim pseudonymise', () => {
  async function cliProject(name: string): Promise<{ dir: string; file: string }> {
    const dir = makeTempDir(`pseudonymise-cli-${name}`);
    const file = join(dir, 'study.verbatim');
    writeFileSync(join(dir, 'alpha.txt'), ALPHA);
    writeFileSync(join(dir, 'beta.txt'), BETA);
    expect((await cli('new', file)).code).toBe(0);
    expect((await cli('import', file, join(dir, 'alpha.txt'), join(dir, 'beta.txt'))).code).toBe(0);
    return { dir, file };
  }

  it('lists grouped findings as text and as JSON, for all documents or one', async () => {
    const { file } = await cliProject('list');
    const text = await cli('pseudonymise', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('name: Marie Zarkowski ×3 (alpha, beta) → [Personne 1]');
    expect(text.stdout).toContain('    Bonjour, vous êtes bien ⟦Marie Zarkowski⟧ ?');
    expect(text.stdout).toContain('phone: 06 12 34 56 78 ×1 (beta) → [téléphone]');

    const json = await cli('pseudonymise', file, '--doc', 'beta', '--json');
    expect(json.code).toBe(0);
    const groups = JSON.parse(json.stdout) as { kind: string; text: string; sources: string[] }[];
    expect(groups.map((group) => group.text)).toEqual([
      'Marie Zarkowski',
      'Marie',
      '06 12 34 56 78',
      'Bruno',
    ]);
    expect(groups.every((group) => group.sources.join() === 'beta')).toBe(true);
  });

  it('applies a CSV mapping, linking variants that share a replacement', async () => {
    const { dir, file } = await cliProject('apply');
    const map = join(dir, 'map.csv');
    writeFileSync(
      map,
      'variant,replacement\nMarie Zarkowski,[Participante 3]\nMarie,[Participante 3]\n"\'+33 6 12 34 56 78",[tél]\n06 12 34 56 78,[tél]\n',
    );
    const run = await cli('pseudonymise', file, '--apply', map, '--doc', 'beta');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Replaced 3 occurrences in 1 document.\n');
    const beta = JSON.parse((await cli('text', file, 'beta', '--json')).stdout) as { text: string };
    expect(beta.text).toBe(
      'Vous connaissez [Participante 3] ?\n\nOui, [Participante 3] est ma voisine, son numéro c’est le [tél].\n\nMerci.\n\nDe rien.',
    );
    const alpha = JSON.parse((await cli('text', file, 'alpha', '--json')).stdout) as { text: string };
    expect(alpha.text).toContain('Marie Zarkowski');
    // Nothing left to replace: a second run reports zero.
    expect((await cli('pseudonymise', file, '--apply', map, '--doc', 'beta', '--json')).stdout).toBe(
      `${JSON.stringify({ documents: 0, replaced: 0, elsewhere: 0 }, null, 2)}\n`,
    );
  });

  it('reports bad mapping files and bad usage', async () => {
    const { dir, file } = await cliProject('errors');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'variant,replacement\nMarie\n');
    const badRun = await cli('pseudonymise', file, '--apply', bad);
    expect(badRun.code).toBe(1);
    expect(badRun.stderr).toContain('Line 2 of the mapping file');
    const missing = await cli('pseudonymise', file, '--apply', join(dir, 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Cannot read');
    expect((await cli('pseudonymise', file, '--doc', 'nobody')).stderr).toContain(
      'There is no document "nobody"',
    );
    expect((await cli('pseudonymise')).code).toBe(2);
    expect((await cli('pseudonymise', file, '--bogus')).code).toBe(2);
  });
});
