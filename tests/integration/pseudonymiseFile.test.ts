import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../app/session.ts';
import { STORED_TEXT } from '../../db/index.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// A name rare enough that finding any of its parts in the file's bytes can only mean an
// earlier copy survived. The full-text index keeps words lower-cased without accents.
const NAME = 'Zébulon Quintavalle';
const PARTS = ['Zébulon', 'Zebulon', 'Quintavalle'];
const PSEUDONYM = { variants: [NAME, 'Quintavalle', 'Zébulon'], replacement: '[Participant 7]' };

const TRANSCRIPT = [
  `Enquêteur : Bonjour, vous êtes bien ${NAME} ?`,
  `${NAME} : Oui. Tout le monde m’appelle Zébulon, même au travail.`,
  'Enquêteur : Et le soir ?',
  `${NAME} : Je travaille seule, tard. Les Quintavalle ne dorment jamais.`,
].join('\n');
const COLLEAGUE_TEXT = `Enquêteur : Vous connaissez ${NAME} ?\nBruno : Oui, c’est mon voisin.`;

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** A memo as the editor stores it: Lexical JSON, with the plain text beside it. */
const lexical = (text: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
    },
  });

/** Every spelling a part of the name can have in the file: UTF-8 and UTF-16 (both byte orders), any case. */
function spellings(part: string): Buffer[] {
  return [part, part.toLowerCase(), part.toUpperCase()].flatMap((word) => {
    const utf16le = Buffer.from(word, 'utf16le');
    const utf16be = Buffer.from(utf16le).swap16();
    return [Buffer.from(word, 'utf8'), utf16le, utf16be];
  });
}

function leftovers(path: string): string[] {
  return [path, `${path}-wal`, `${path}-journal`].flatMap((file) => {
    if (!existsSync(file)) return [];
    const bytes = readFileSync(file);
    return PARTS.flatMap((part) =>
      spellings(part).some((spelling) => bytes.includes(spelling)) ? [`${part} in ${file}`] : [],
    );
  });
}

/** A colleague's project holding the name, merged into ours and the merge undone. */
async function undoneMerge(session: ProjectSession, dir: string): Promise<void> {
  const colleague = testSession();
  const path = join(dir, 'colleague.verbatim');
  await call(colleague, 'project/create', { path });
  await call(colleague, 'documents/importFiles', {
    files: [{ name: 'voisin.txt', base64: base64(COLLEAGUE_TEXT) }],
  });
  colleague.close();
  await call(session, 'project/merge', { path });
  await call(session, 'history/undo', {});
}

describe('pseudonymisation purges every earlier copy of a replaced name', () => {
  it('leaves no trace of the name anywhere in the project file', async () => {
    const dir = makeTempDir('pseudonymise-file');
    const path = join(dir, 'p.verbatim');
    const session = testSession();
    await call(session, 'project/create', { path });
    await undoneMerge(session, dir);

    // The source file's name holds the name too.
    const imported = await call(session, 'documents/importFiles', {
      files: [{ name: `${NAME}.txt`, base64: base64(TRANSCRIPT) }],
    });
    const documentId = imported.imported[0]?.id ?? 0;
    await call(session, 'documents/rename', { id: documentId, name: `Entretien avec ${NAME}` });
    await call(session, 'documents/rename', { id: documentId, name: 'Entretien 7' });

    const { text } = await call(session, 'documents/get', { id: documentId });
    const start = text.indexOf('Tout le monde');
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId, start, end: text.indexOf('travail.') + 8, codeName: 'surnom' }],
    });
    const removed = await call(session, 'codings/create', {
      items: [
        {
          documentId,
          start: text.indexOf('Les Quintavalle'),
          end: text.length,
          codeName: 'famille Quintavalle',
        },
      ],
    });
    await call(session, 'codings/delete', { id: removed[0]?.id ?? 0 });
    const codes = await call(session, 'codes/list', {});
    const surnom = codes.find((code) => code.name === 'surnom')?.id ?? 0;
    await call(session, 'codes/update', {
      id: surnom,
      description: `Comment on appelle ${NAME}`,
      exampleCodingId: coding?.id ?? null,
    });
    await call(session, 'review/freeze', { name: 'v1' });
    await call(session, 'review/propose', {
      payload: { kind: 'rename', codeId: surnom, name: 'surnom de Zébulon' },
      comment: `Pour ${NAME}`,
    });

    const quote = `« Tout le monde m’appelle Zébulon » (${NAME})`;
    const memo = await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: coding?.id ?? 0,
      title: `Sur ${NAME}`,
      body: lexical(quote),
      plainText: quote,
    });
    await call(session, 'memos/save', {
      id: memo.id,
      targetKind: 'coding',
      targetId: coding?.id ?? 0,
      title: 'Sur le surnom',
      body: lexical('Le surnom revient.'),
      plainText: 'Le surnom revient.',
    });

    const attribute = await call(session, 'attributes/create', { name: 'famille', type: 'text' });
    const person = await call(session, 'cases/create', {
      name: NAME,
      description: `Cas de ${NAME}`,
      documentIds: [documentId],
    });
    await call(session, 'cases/setValue', {
      caseId: person.id,
      attributeId: attribute.id,
      value: `Les Quintavalle`,
    });

    const report = await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [PSEUDONYM],
    });
    const cases = await call(session, 'cases/list', {});
    const history = await call(session, 'history/list', {});
    // Earlier history is still undoable after the purge: the case's value, the case and the
    // attribute go first, then the memo's rename comes back renamed.
    for (const step of ['case.setValue', 'case.create', 'attribute.create', 'memo.edit']) {
      expect((await call(session, 'history/undo', {})).done.kind).toBe(step);
    }
    const restored = await call(session, 'memos/get', { id: memo.id });
    session.close();

    expect(leftovers(path)).toEqual([]);
    expect(readFileSync(path).includes(Buffer.from('[Participant 7]'))).toBe(true);
    expect(report).toMatchObject({ documents: 1, replaced: 5 });
    // Source file name, a code's name and definition, the case's name, description and value.
    expect(report.elsewhere).toBe(6);
    expect(cases.cases[0]).toMatchObject({ name: '[Participant 7]', description: 'Cas de [Participant 7]' });
    expect(history.map((entry) => entry.summary)).toContain(
      'Rename document «[Participant 7]» to «Entretien avec [Participant 7]»',
    );
    expect(restored.title).toBe('Sur [Participant 7]');
    expect(JSON.parse(restored.body)).toEqual(
      JSON.parse(lexical(quote.replaceAll(NAME, '[Participant 7]').replace('Zébulon', '[Participant 7]'))),
    );
  });
});

describe('pseudonymisation of a team project', () => {
  it('purges the rows waiting for what they refer to and the losing sides of conflicts', async () => {
    const path = join(makeTempDir('pseudonymise-team'), 'p.verbatim');
    const session = testSession();
    await call(session, 'project/create', { path });
    await call(session, 'documents/importFiles', { files: [{ name: 'a.txt', base64: base64(TRANSCRIPT) }] });
    // As a pull leaves them: a colleague's memo on a coding not yet here, a rename lost.
    const memo = { guid: 'm-1', title: `Sur ${NAME}`, plain_text: `${NAME} travaille la nuit.` };
    const conflict = { field: 'name', kept: 'surnom', lost: `surnom de ${NAME}` };
    session
      .db()
      .prepare("INSERT INTO team_deferred (entity, guid, data, rev) VALUES ('memos', 'm-1', ?, 3)")
      .run(JSON.stringify(memo));
    session
      .db()
      .prepare(
        "INSERT INTO team_conflicts (entity, guid, rule, detail, recorded_at) VALUES ('codes', 'c-1', 'later-wins', ?, 'now')",
      )
      .run(JSON.stringify(conflict));

    const report = await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [PSEUDONYM],
    });
    const kept = session.db().prepare('SELECT data FROM team_deferred').pluck().get() as string;
    session.close();

    expect(leftovers(path)).toEqual([]);
    expect(report.documents).toBe(1);
    // Still a row snapshot the next pull can apply.
    expect(JSON.parse(kept)).toEqual({
      ...memo,
      title: 'Sur [Participant 7]',
      plain_text: '[Participant 7] travaille la nuit.',
    });
  });
});

// Text columns that cannot hold what a participant said or is called: identifiers, dates,
// kinds and states, colours, researchers' names; and the transcripts' own columns, which
// the rewrite of a chosen document handles (text, speaker labels, quotes, search index).
const NOT_FREE_TEXT = new Set([
  ...['attributes.guid', 'attributes.type', 'cases.guid', 'cases.created_at', 'code_groups.guid'],
  ...['codebook_versions.guid', 'codebook_versions.created_at', 'codebook_versions.created_by'],
  ...['coders.guid', 'coders.name', 'coders.created_at', 'coders.initials', 'coders.color'],
  ...['codes.guid', 'codes.color', 'codes.created_at', 'codings.guid', 'codings.created_at'],
  ...['document_sets.guid', 'documents.guid', 'documents.source_format', 'documents.source_encoding'],
  ...['documents.checksum', 'documents.imported_at', 'events.guid', 'events.created_at', 'events.kind'],
  ...['events.state', 'memos.guid', 'memos.target_kind', 'memos.created_at', 'memos.updated_at'],
  ...['project_settings.key', 'project_settings.value', 'proposals.guid', 'proposals.kind'],
  ...['proposals.author', 'proposals.created_at', 'proposals.status', 'proposals.decided_by'],
  ...['proposals.decided_at', 'schema_migrations.name', 'schema_migrations.applied_at'],
  ...['segments.timestamp'],
  ...['unplaced_codings.guid', 'unplaced_codings.created_at', 'unplaced_codings.unplaced_at'],
  // The checksum of each applied migration (db/migrations/checksum.ts): hex, no one's words.
  ...['schema_migrations.checksum'],
  // Which program holds the project open (pid, host, account): the researchers' machine, not
  // the participants; removed when the program closes the project.
  ...['project_holders.id', 'project_holders.host', 'project_holders.user', 'project_holders.app'],
  ...['project_holders.opened_at'],
  // A team project's link to its server (address, the member's login and role, the last
  // error) and its queue of changes to send (row GUIDs): the researchers, not the participants.
  ...['team_link.url', 'team_link.member', 'team_link.role', 'team_link.project_id'],
  ...['team_link.coder_guid', 'team_link.last_sync_at', 'team_link.last_error'],
  ...['team_outbox.entity', 'team_outbox.guid', 'team_outbox.op', 'team_outbox.change_guid'],
  ...['team_outbox.created_at', 'team_deferred.entity', 'team_deferred.guid'],
  ...['team_conflicts.entity', 'team_conflicts.guid', 'team_conflicts.rule', 'team_conflicts.recorded_at'],
]);
const TRANSCRIPT_COLUMNS = new Set([
  'documents.text',
  'segments.speaker',
  'codings.quote',
  'segments_fts.text',
]);

describe('the places pseudonymisation rewrites', () => {
  it('include every text column of the schema that is not an identifier or a transcript', async () => {
    const session = testSession();
    await call(session, 'project/create', { path: join(makeTempDir('pseudonymise-columns'), 'p.verbatim') });
    const db = session.db();
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'segments_fts_%'")
      .all() as { name: string }[];
    const textColumns = tables.flatMap(({ name }) =>
      (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string; type: string }[])
        .filter((column) => column.type === 'TEXT' || column.type === '')
        .map((column) => `${name}.${column.name}`),
    );
    session.close();
    const rewritten = new Set(
      Object.values(STORED_TEXT).flatMap((group) =>
        Object.entries(group as Record<string, readonly string[]>).flatMap(([table, columns]) =>
          columns.map((column) => `${table}.${column}`),
        ),
      ),
    );
    // A new column of free text must be added to STORED_TEXT (db/queries/pseudonymise.ts).
    const forgotten = textColumns.filter(
      (column) => !rewritten.has(column) && !NOT_FREE_TEXT.has(column) && !TRANSCRIPT_COLUMNS.has(column),
    );
    expect(forgotten).toEqual([]);
  });
});

describe('applying a pseudonymisation always compacts the project file', () => {
  it('removes a name left in free pages by a deleted document, even when no current text holds it', async () => {
    const dir = makeTempDir('pseudonymise-deleted');
    const path = join(dir, 'p.verbatim');
    const session = testSession();
    await call(session, 'project/create', { path });
    // Long enough that the deleted transcript fills pages of its own, left free in the file.
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(200);
    const imported = await call(session, 'documents/importFiles', {
      files: [
        { name: 'a.txt', base64: base64(`${filler}\n${TRANSCRIPT}\n${filler}`) },
        { name: 'b.txt', base64: base64('Enquêteur : Bonjour.\nBruno : Bonjour.') },
      ],
    });
    const [deleted, kept] = imported.imported.map((document) => document.id);
    await call(session, 'documents/delete', { id: deleted ?? 0 });

    const report = await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [kept ?? 0],
      replacements: [PSEUDONYM],
    });

    // Nothing current held the name, so nothing was replaced; the file is clean all the same,
    // while the project is still open as well as after it closes.
    expect(report).toEqual({ documents: 0, replaced: 0, elsewhere: 0 });
    expect(leftovers(path)).toEqual([]);
    session.close();
    expect(leftovers(path)).toEqual([]);
  });
});

/** A project holding the name in one transcript; returns the session, the file and the document. */
async function projectWithName(name: string) {
  const path = join(makeTempDir(name), 'p.verbatim');
  const session = testSession();
  await call(session, 'project/create', { path });
  const imported = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien.txt', base64: base64(TRANSCRIPT) }],
  });
  return { session, path, documentId: imported.imported[0]?.id ?? 0 };
}

/** The input applying the pseudonym to one document. */
const apply = (documentId: number) => ({ documentIds: [documentId], replacements: [PSEUDONYM] });

describe('pseudonymisation never claims a clean file that another connection keeps dirty', () => {
  it('refuses to start while another program has the project open, and names it', async () => {
    const { session, path, documentId } = await projectWithName('pseudonymise-held');
    // Another live program's note (process 1 of this machine stands for it).
    const other = new Database(path);
    other
      .prepare('INSERT INTO project_holders VALUES (?, ?, ?, ?, ?, ?)')
      .run('other', 1, hostname(), 'alice', 'the Verbatim app', new Date().toISOString());
    other.close();

    const error = await callError(session, 'pseudonymise/applyToDocuments', apply(documentId));
    const { text } = await call(session, 'documents/get', { id: documentId });
    session.close();

    expect(error.code).toBe('BUSY');
    expect(error.message).toContain('alice');
    expect(error.message).toContain('pseudonymis');
    // Nothing was changed: the transcript still says the name.
    expect(text).toContain(NAME);
  });

  it('reports that the name is still in the file while a reader keeps the old pages', async () => {
    const { session, path, documentId } = await projectWithName('pseudonymise-reader');
    // A program that leaves no note (an SQLite browser) reading the project: its snapshot
    // keeps the old pages, so the write-ahead log cannot be folded into the file.
    const reader = new Database(path, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM documents').get();

    const error = await callError(session, 'pseudonymise/applyToDocuments', apply(documentId));
    const { text } = await call(session, 'documents/get', { id: documentId });
    expect(error.code).toBe('BUSY');
    expect(error.message).toContain('still in the project file');
    // The rewrite itself is kept; only the clean-up of the file is left to do.
    expect(text).not.toContain(NAME);

    reader.exec('COMMIT');
    reader.close();
    // Applied again once the reader is gone, it finishes: nothing left to replace, file clean.
    const report = await call(session, 'pseudonymise/applyToDocuments', apply(documentId));
    expect(report.replaced).toBe(0);
    expect(leftovers(path)).toEqual([]);
    session.close();
  });

  it('compacts in blind mode, where a second read connection of the session is open', async () => {
    const { session, path, documentId } = await projectWithName('pseudonymise-blind');
    await call(session, 'project/setSettings', { blindMode: true });
    // Reads run on the blind reader, which is then open beside the writing connection.
    await call(session, 'documents/get', { id: documentId });

    const report = await call(session, 'pseudonymise/applyToDocuments', apply(documentId));
    expect(report.replaced).toBeGreaterThan(0);
    expect(leftovers(path)).toEqual([]);
    // Reads go on through a blind reader opened again, and see the pseudonym.
    const { text } = await call(session, 'documents/get', { id: documentId });
    expect(text).toContain('[Participant 7]');
    session.close();
  });
});
