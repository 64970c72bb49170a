import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationNames, type InputOf, type OperationName } from '../../app/contract/api.ts';
import { dispatch } from '../../app/dispatch.ts';
import { CLI_CALLER } from '../../app/operationAccess.ts';
import { ProjectSession } from '../../app/session.ts';
import {
  operationsWithoutDecision,
  operationVisibility,
  type OperationsWith,
} from '../../app/visibility/policy.ts';
import { call, memoryRecent } from '../support/session.ts';
import {
  ALICE,
  BASTIEN,
  blindFixture,
  MARKER,
  sessionAs,
  switchableIdentity,
  type BlindFixture,
} from './blindFixture.ts';
import { unzipText } from './refiFixture.ts';

/** Every operation that does not change the project: each must be run below. */
type ReadOperation = OperationsWith<'visible' | 'allCoders' | 'noProject'>;

interface Side {
  readonly session: ProjectSession;
  readonly path: string;
  /** A finished excerpt export job started in blind mode. */
  readonly jobId: string;
}

type Inputs = { readonly [N in ReadOperation]: (f: BlindFixture, side: Side) => readonly InputOf<N>[] };

const SCOPES = ['overlap', 'segment', 'document', 'near:20'] as const;
const MEASURES = ['count', 'presence', 'share', 'cases', 'codings'] as const;
// A new version of a transcript that keeps none of its words: every coding is unplaced.
const newVersion = Buffer.from('Une autre version.').toString('base64');
const csv = Buffer.from('id,réponse\n1,Le travail me fatigue\n').toString('base64');

function codePairs(f: BlindFixture): [number, number][] {
  const { work, tired, family } = f.codeIds;
  return [
    [tired, family],
    [work, family],
    [work, tired],
  ];
}

/**
 * A valid input (or several) for every read operation, from the fixture. Typed over the
 * contract, so a new read operation without inputs here does not compile.
 */
const inputs: Inputs = {
  'project/create': (_f, side) => [{ path: join(dirname(side.path), 'nouveau.verbatim') }],
  'project/open': (_f, side) => [{ path: side.path }],
  'project/close': () => [{}],
  'project/current': () => [{}],
  'project/recent': () => [{}],
  'project/recentEntries': () => [{}],
  'project/forgetRecent': () => [{ recent: '/nowhere/gone.verbatim' }],
  'project/shellFolder': () => [{}],
  'project/checkNew': (_f, side) => [{ path: join(dirname(side.path), 'nouveau.verbatim') }],
  'project/settings': () => [{}],
  'coders/me': () => [{}],
  'coders/list': () => [{}],
  'documents/list': () => [{}],
  'documents/speakers': () => [{}],
  'documents/get': (f) => f.documentIds.map((id) => ({ id })),
  'documents/previewImport': () => [
    { files: [{ name: 'x.txt', base64: Buffer.from('Marie : le soir').toString('base64') }] },
  ],
  'documents/previewTable': () => [{ name: 'enquete.csv', base64: csv }],
  'documents/previewUpdate': (f) =>
    f.documentIds.map((id) => ({ id, file: { name: 'nouveau.txt', base64: newVersion } })),
  'documents/previewUpdateBatch': () => [{ files: [{ name: 'nouveau.txt', base64: newVersion }] }],
  'documents/unplacedCodings': (f) => f.documentIds.map((id) => ({ id })),
  'codes/list': () => [{}],
  'codes/deletePreview': (f) => Object.values(f.codeIds).map((id) => ({ id })),
  'codes/mergePreview': (f) => codePairs(f).map(([sourceId, targetId]) => ({ sourceId, targetId })),
  'codings/ofDocument': (f) =>
    f.documentIds.flatMap((documentId) => [
      { documentId },
      { documentId, view: 'all' as const },
      { documentId, view: 'mine' as const },
      { documentId, view: 'differ' as const },
      { documentId, view: 'coder' as const, coder: BASTIEN.name },
    ]),
  'codings/excerptsOfCode': (f) =>
    Object.values(f.codeIds).flatMap((codeId) => [{ codeId }, { codeId, coders: [BASTIEN.name] }]),
  'codings/context': (f) => [f.aliceCodingId, ...f.bastienCodingIds].map((codingId) => ({ codingId })),
  'memos/list': (f) => [
    {},
    { targetKind: 'coding' },
    { targetKind: 'document', targetId: f.documentIds[1] ?? 0 },
    { query: MARKER },
  ],
  'memos/get': (f) => [1, 2, ...f.bastienMemoIds].map((id) => ({ id })),
  'analysis/cooccurrence': () => [
    ...SCOPES.map((scope) => ({ scope })),
    { scope: 'overlap', filters: { coders: [BASTIEN.name] } },
    { scope: 'segment', filters: { speakers: ['Marie'] } },
  ],
  'analysis/cooccurrenceExcerpts': (f) =>
    SCOPES.flatMap((scope) => codePairs(f).map(([codeA, codeB]) => ({ scope, codeA, codeB }))),
  'analysis/matrix': (f) =>
    MEASURES.flatMap((measure) => [
      { columns: 'documents' as const, measure },
      { columns: 'cases' as const, measure },
      { columns: 'attribute' as const, attributeId: f.attributeId, measure },
      { columns: 'sets' as const, measure },
    ]),
  'words/frequencies': (f) => [
    {},
    { by: 'code' as const },
    { by: 'document' as const, stem: true, allSpeakers: true },
    { by: 'attribute' as const, attributeId: f.attributeId },
  ],
  'words/inContext': () => [{ key: 'travail' }],
  'words/stopWords': () => [{}],
  'summaries/grid': () => [{}],
  'summaries/export': () => [{ format: 'xlsx' as const }, { format: 'docx' as const }],
  'exports/matrix': () => [
    { matrix: { columns: 'documents', measure: 'count' }, format: 'csv' },
    { matrix: { columns: 'documents', measure: 'codings' }, format: 'xlsx', percent: 'row' },
  ],
  'exchange/exportProject': () => [{}],
  'exchange/exportProjectJob': () => [{}],
  'exchange/exportProjectToFile': (_f, side) => [{ out: join(dirname(side.path), 'blind-export.qdpx') }],
  'exchange/exportProjectToFileJob': (_f, side) => [{ out: join(dirname(side.path), 'blind-job.qdpx') }],
  'exchange/exportCodebook': () => [{}],
  'search/query': (f) => [
    { query: 'travail' },
    { query: 'soir', codeId: f.codeIds.tired },
    { query: 'enfants', codeId: f.codeIds.family },
  ],
  'queries/run': () => [
    { expression: 'fatigue OR famille' },
    { expression: 'travail NEAR famille WITHIN 500' },
    { expression: 'famille FOLLOWED BY fatigue WITHIN 3 TURNS', filters: { coders: [BASTIEN.name] } },
  ],
  'queries/list': () => [{}],
  'queries/runSaved': () => [{ name: 'Fatigue ou famille' }],
  'agreement/compute': () => [{ coders: [ALICE.name, BASTIEN.name], unit: 'char' }],
  'agreement/disagreements': (f) => [
    { coders: [ALICE.name, BASTIEN.name], unit: 'segment', codeId: f.codeIds.family },
  ],
  'agreement/resolve': (f) => [
    {
      codeId: f.codeIds.family,
      documentId: f.documentIds[0] ?? 0,
      start: 0,
      end: 5,
      decision: 'keepA',
      coders: [ALICE.name, BASTIEN.name],
    },
  ],
  'exports/excerpts': () =>
    (['md', 'html', 'csv', 'docx'] as const).flatMap((format) =>
      (['code', 'case', 'document'] as const).map((groupBy) => ({
        format,
        groupBy,
        includeMemos: true,
        citation: ['document', 'case', 'speaker', 'code'],
      })),
    ),
  'exports/excerptsJob': () => [{ format: 'md', includeMemos: true }],
  'exchange/exportCodebookToFileJob': (_f, side) => [{ out: join(dirname(side.path), 'blind-job.qdc') }],
  'exports/matrixToFileJob': (_f, side) => [
    {
      matrix: { columns: 'documents', measure: 'count' },
      format: 'csv',
      out: join(dirname(side.path), 'blind-matrix.csv'),
    },
  ],
  'summaries/exportToFileJob': (_f, side) => [
    { format: 'xlsx', out: join(dirname(side.path), 'blind-grid.xlsx') },
  ],
  'exports/codebookToFileJob': (_f, side) => [
    { format: 'md', out: join(dirname(side.path), 'blind-codebook.md') },
  ],
  'exports/excerptsToFileJob': (_f, side) => [
    { format: 'md', includeMemos: true, out: join(dirname(side.path), 'blind-job.md') },
  ],
  // Streamed to a file: the file's content is compared (normalise reads it).
  'exports/excerptsToFile': (_f, side) =>
    (['csv', 'docx'] as const).map((format) => ({
      format,
      includeMemos: true,
      citation: ['document', 'case', 'speaker', 'code'],
      out: join(dirname(side.path), `blind-export.${format}`),
    })),
  'exports/excerptText': (f) =>
    [f.aliceCodingId, ...f.bastienCodingIds].map((codingId) => ({ codingId, citation: ['document'] })),
  'exports/codebook': () => (['md', 'csv', 'docx'] as const).map((format) => ({ format })),
  'pseudonymise/scanDocuments': (f) => [{ documentIds: [] }, { documentIds: [...f.documentIds] }],
  'pseudonymise/scanForExport': () =>
    (['excerpts', 'codebook', 'qdpx', 'qdc'] as const).map((scope) => ({ scope, includeMemos: true })),
  'pseudonymise/mappingFile': () => [{ replacements: [{ variants: ['Marie'], replacement: 'Jeanne' }] }],
  'cases/list': () => [{}],
  'sets/list': () => [{ kind: 'document' }, { kind: 'code' }],
  'jobs/status': (_f, side) => [{ id: side.jobId }],
  'jobs/cancel': (_f, side) => [{ id: side.jobId }],
  'review/versions': () => [{}],
  'review/changes': (f) => [{ versionId: f.versionId }],
  'review/changelog': (f) => [{ versionId: f.versionId, format: 'md' }],
  'review/proposals': () => [{}],
  'history/status': () => [{}],
  'history/list': () => [{}],
  'project/backups': () => [{}],
  // Team: status and members read the local link (not linked here: no members). Joining
  // needs a server; what a blind coder pulls from one is held by row-level security there
  // (tests/integration/teamRoles.test.ts).
  'team/status': () => [{}],
  'team/conflicts': () => [{}],
  'team/members': () => [{}],
  'team/join': () => [],
  // The background sync's state (off here: not linked); `since: -1` answers at once.
  'team/activity': () => [{}],
  'team/waitForChange': () => [{ since: -1 }],
  'team/usePassword': () => [{ password: 'not-linked' }],
};

/** Operations that replace or close the session's project run on a session of their own. */
const OWN_SESSION = new Set<string>(['project/create', 'project/open', 'project/close']);

async function openSide(path: string): Promise<Side> {
  const session = sessionAs(ALICE);
  await call(session, 'project/open', { path });
  const { jobId } = await call(session, 'exports/excerptsJob', { format: 'md', includeMemos: true });
  while ((await call(session, 'jobs/status', { id: jobId })).state === 'running') {
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { session, path, jobId };
}

async function run(side: Side, name: ReadOperation, input: unknown): Promise<unknown> {
  if (!OWN_SESSION.has(name)) return dispatch(side.session, name, input, CLI_CALLER);
  const session = sessionAs(ALICE);
  if (name === 'project/close') await call(session, 'project/open', { path: side.path });
  const result = await dispatch(session, name, input, CLI_CALLER);
  session.close();
  return result;
}

/**
 * What may differ between two files holding the same visible work: their folder, job ids,
 * the time an export was made. Zipped exports (docx, xlsx, qdpx) are compared entry by entry.
 */
function normalise(value: unknown, side: Side): unknown {
  const folder = dirname(side.path);
  const text = (s: string): string =>
    s
      .replaceAll(folder, '<folder>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/giu, '<uuid>')
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?/gu, '<time>');
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return text(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.encoding === 'base64' && typeof record.content === 'string') {
        const entries = Object.entries(unzipText(record.content)).sort(([a], [b]) => (a < b ? -1 : 1));
        return { ...record, content: Object.fromEntries(entries.map(([name, body]) => [name, text(body)])) };
      }
      // A file an export wrote to a path: what it holds, not its compressed size.
      if (typeof record.path === 'string' && typeof record.bytes === 'number') {
        const bytes = readFileSync(record.path);
        const zipped = bytes.subarray(0, 2).toString('latin1') === 'PK';
        const content = zipped
          ? walk({ encoding: 'base64', content: bytes.toString('base64') })
          : text(bytes.toString('utf8'));
        return { ...record, path: text(record.path), bytes: null, content };
      }
      return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, walk(child)]));
    }
    return node;
  };
  return walk(value);
}

const readOperations = operationNames.filter(
  (name): name is ReadOperation => operationVisibility[name] !== 'writes',
);

/** Runs every read operation with every input on both files; returns the normalised results. */
async function runAll(
  f: BlindFixture,
  both: Side,
  alone: Side,
): Promise<{ name: ReadOperation; both: unknown; alone: unknown }[]> {
  const results: { name: ReadOperation; both: unknown; alone: unknown }[] = [];
  for (const name of readOperations) {
    const make = inputs[name] as (f: BlindFixture, side: Side) => readonly unknown[];
    const pairs = make(f, both).map((input, index) => [input, make(f, alone)[index]] as const);
    for (const [inputBoth, inputAlone] of pairs) {
      results.push({
        name,
        both: normalise(await run(both, name, inputBoth), both),
        alone: normalise(await run(alone, name, inputAlone), alone),
      });
    }
  }
  return results;
}

describe('blind mode: one read path for every operation', () => {
  let f: BlindFixture;
  let both: Side;
  let alone: Side;
  beforeAll(async () => {
    f = await blindFixture();
    both = await openSide(f.bothPath);
    alone = await openSide(f.alonePath);
  }, 120_000);

  it('has a visibility decision for every operation of the contract, and inputs for every read', () => {
    expect(operationsWithoutDecision(operationNames)).toEqual([]);
    expect(Object.keys(inputs).sort()).toEqual([...readOperations].sort());
  });

  it('finds an operation added to the contract without a decision', () => {
    expect(operationsWithoutDecision([...operationNames, 'codings/peek'])).toEqual(['codings/peek']);
  });

  it('shows Alice in blind mode exactly what she would see if Bastien had never coded', async () => {
    const results = await runAll(f, both, alone);
    const forbidden = [MARKER, BASTIEN.name, BASTIEN.initials, ...f.bastienGuids];
    for (const { name, both: seen, alone: expected } of results) {
      expect(seen, name).toEqual(expected);
      const json = JSON.stringify(seen);
      for (const word of forbidden) expect(json.includes(word), `${name} shows ${word}`).toBe(false);
    }
    // Each read succeeds at least once (so the comparison is not of two errors), except
    // agreement, which blind mode refuses with a sentence, and joining a team, which needs a
    // team server (its blind mode is tested there).
    for (const name of readOperations) {
      if (name === 'team/join') continue;
      const ok = results.filter((r) => r.name === name).some((r) => (r.both as { ok: boolean }).ok);
      expect(ok, name).toBe(operationVisibility[name] !== 'allCoders');
    }
  }, 120_000);

  it('needed it: with blind mode off, the reads the issue names do show Bastien’s work', async () => {
    await call(both.session, 'project/setSettings', { blindMode: false });
    await call(alone.session, 'project/setSettings', { blindMode: false });
    const differing = new Set(
      (await runAll(f, both, alone))
        .filter((result) => JSON.stringify(result.both) !== JSON.stringify(result.alone))
        .map((result) => result.name),
    );
    for (const name of [
      'codings/ofDocument',
      'codings/excerptsOfCode',
      'analysis/cooccurrence',
      'analysis/cooccurrenceExcerpts',
      'analysis/matrix',
      'exports/matrix',
      'search/query',
      'queries/run',
      'exports/excerpts',
      'exports/excerptText',
      'exchange/exportProject',
      'codes/list',
      'coders/list',
      'memos/list',
      'history/list',
    ] as const) {
      expect(differing.has(name), name).toBe(true);
    }
  }, 120_000);
});

describe('blind mode: writes reach no hidden work', () => {
  let f: BlindFixture;
  let side: Side;
  beforeAll(async () => {
    f = await blindFixture();
    side = await openSide(f.bothPath);
  }, 120_000);

  const bastienCoding = (): number => f.bastienCodingIds[0] ?? 0;

  it('treats another coder’s codings and memos as absent, and changes nothing of them', async () => {
    const hidden = bastienCoding();
    const attempts: [OperationName, unknown][] = [
      ['codings/delete', { id: hidden }],
      ['codings/update', { id: hidden, start: 0, end: 4 }],
      ['codings/recode', { codingIds: [f.aliceCodingId, hidden], codeId: f.codeIds.work }],
      ['codings/deleteMany', { ids: [hidden] }],
      ['codes/split', { codeId: f.codeIds.tired, codingIds: [hidden], newName: 'soirées' }],
      ['codes/update', { id: f.codeIds.tired, exampleCodingId: hidden }],
      ['memos/save', { targetKind: 'coding', targetId: hidden, title: '', body: '', plainText: 'vu' }],
      ['memos/delete', { id: f.bastienMemoIds[0] ?? 0 }],
      [
        'memos/save',
        {
          id: f.bastienMemoIds[1] ?? 0,
          targetKind: 'document',
          targetId: 2,
          title: '',
          body: '',
          plainText: '',
        },
      ],
    ];
    for (const [name, input] of attempts) {
      const result = await dispatch(side.session, name, input, CLI_CALLER);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code, name).toBe('NOT_FOUND');
    }
    const codeAs = await dispatch(
      side.session,
      'codings/create',
      {
        items: [
          {
            documentId: f.documentIds[0] ?? 0,
            start: 0,
            end: 5,
            codeId: f.codeIds.work,
            coder: BASTIEN.name,
          },
        ],
      },
      CLI_CALLER,
    );
    expect(codeAs.ok).toBe(false);
    // Seen from Bastien's seat, his work is all there.
    const bastien = sessionAs(BASTIEN);
    await call(bastien, 'project/open', { path: side.path });
    const his = await call(bastien, 'codings/ofDocument', { documentId: f.documentIds[0] ?? 0 });
    expect(his.map((coding) => coding.id).sort((a, b) => a - b)).toEqual(
      f.bastienCodingIds.slice(0, 3).sort((a, b) => a - b),
    );
    const memos = await call(bastien, 'memos/list', {});
    expect(memos.filter((memo) => memo.title.includes(MARKER))).toHaveLength(2);
    bastien.close();
  });

  it('leaves to the lead a change that would move or delete hidden codings', async () => {
    const proposal = await call(side.session, 'review/propose', {
      payload: { kind: 'merge', sourceId: f.codeIds.tired, targetId: f.codeIds.work },
    });
    const attempts: [OperationName, unknown][] = [
      ['codes/delete', { id: f.codeIds.work }],
      ['codes/merge', { sourceId: f.codeIds.tired, targetId: f.codeIds.family }],
      ['documents/delete', { id: f.documentIds[1] ?? 0 }],
      ['documents/edit', { id: f.documentIds[1] ?? 0, edits: [{ start: 0, end: 0, text: 'X' }] }],
      ['documents/applyUpdate', { id: f.documentIds[1] ?? 0, file: { name: 'v2.txt', base64: newVersion } }],
      ['review/decide', { id: proposal.id, accept: true }],
    ];
    for (const [name, input] of attempts) {
      const result = await dispatch(side.session, name, input, CLI_CALLER);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.message, name).toMatch(/blind mode hides/u);
    }
    expect((await call(side.session, 'codes/list', {})).map((code) => code.name).sort()).toEqual([
      'famille',
      'fatigue',
      'travail',
    ]);
  });

  it('counts in a write’s output only what the coder sees', async () => {
    const renamed = await call(side.session, 'codes/update', { id: f.codeIds.tired, color: '#123456' });
    const listed = (await call(side.session, 'codes/list', {})).find((code) => code.id === f.codeIds.tired);
    expect(renamed).toEqual(listed);
    expect(renamed.codingCount).toBe(1);
    expect(renamed.exampleCodingId).toBeNull();
  });

  it('does not undo another coder’s change', async () => {
    const identity = sessionAs(BASTIEN);
    await call(identity, 'project/open', { path: side.path });
    await call(identity, 'project/setSettings', { blindMode: false });
    await call(identity, 'codings/create', {
      items: [{ documentId: f.documentIds[1] ?? 0, start: 0, end: 4, codeId: f.codeIds.work }],
    });
    await call(identity, 'project/setSettings', { blindMode: true });
    identity.close();
    const result = await dispatch(side.session, 'history/undo', {}, CLI_CALLER);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/another coder/u);
    expect(JSON.stringify(await call(side.session, 'history/status', {}))).not.toContain(BASTIEN.name);
    // Alice's own newest change can be undone; the step then names no change of Bastien's.
    await call(side.session, 'codes/create', { name: 'loisirs' });
    const step = await call(side.session, 'history/undo', {});
    expect(step.done.phrase?.values.name).toBe('loisirs');
    expect({ ...step, done: null }).toEqual({
      ...(await call(side.session, 'history/status', {})),
      done: null,
    });
    expect(step.undoPhrase?.key).not.toBe('codingCreate');
  });

  it('replays only the coder’s own steps, and none that moves hidden codings', async () => {
    const codeNames = async (): Promise<string[]> =>
      (await call(side.session, 'codes/list', {})).map((code) => code.name).sort();
    const refused = async (name: 'history/undo' | 'history/redo', pattern: RegExp): Promise<void> => {
      const before = await codeNames();
      const result = await dispatch(side.session, name, {}, CLI_CALLER);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe('CONFLICT');
        expect(result.error.message, name).toMatch(pattern);
      }
      expect(await codeNames(), name).toEqual(before);
    };
    // Bastien merges two codes (moving his codings and Alice's): a codebook step Alice sees.
    const bastien = sessionAs(BASTIEN);
    await call(bastien, 'project/open', { path: side.path });
    await call(bastien, 'project/setSettings', { blindMode: false });
    await call(bastien, 'codes/merge', { sourceId: f.codeIds.tired, targetId: f.codeIds.family });
    await call(bastien, 'project/setSettings', { blindMode: true });
    await refused('history/undo', /another coder/u);
    await call(bastien, 'project/setSettings', { blindMode: false });
    await call(bastien, 'history/undo', {});
    await call(bastien, 'project/setSettings', { blindMode: true });
    await refused('history/redo', /another coder/u);
    bastien.close();
    // Alice's own merge, made with blind mode off, moved Bastien's codings too.
    await call(side.session, 'project/setSettings', { blindMode: false });
    await call(side.session, 'codes/merge', { sourceId: f.codeIds.tired, targetId: f.codeIds.work });
    await call(side.session, 'project/setSettings', { blindMode: true });
    await refused('history/undo', /other coders’ codings/u);
    // Her deletion of a document, made with blind mode off, took Bastien's codings with it:
    // undoing it would bring back work blind mode hides from her.
    const documentNames = async (): Promise<string[]> =>
      (await call(side.session, 'documents/list', {})).map((document) => document.name);
    await call(side.session, 'project/setSettings', { blindMode: false });
    await call(side.session, 'documents/delete', { id: f.documentIds[1] ?? 0 });
    await call(side.session, 'project/setSettings', { blindMode: true });
    const remaining = await documentNames();
    await refused('history/undo', /other coders’ codings/u);
    expect(await documentNames()).toEqual(remaining);
  });
});

describe('blind reader lifetime', () => {
  it('follows a change of identity and new commits, and survives pseudonymisation (VACUUM)', async () => {
    const f = await blindFixture();
    const identity = switchableIdentity(ALICE);
    const session = new ProjectSession({ recent: memoryRecent(), identity, defaultCoder: 'x' });
    await call(session, 'project/open', { path: f.bothPath });
    const coders = async (): Promise<string[]> =>
      (
        await call(session, 'analysis/cooccurrenceExcerpts', {
          scope: 'overlap',
          codeA: f.codeIds.tired,
          codeB: f.codeIds.family,
        })
      ).flatMap((pair) => [pair.a.coder, pair.b.coder]);
    expect(new Set(await coders())).toEqual(new Set([]));
    identity.use(BASTIEN);
    expect(new Set(await coders())).toEqual(new Set([BASTIEN.name]));
    await call(session, 'pseudonymise/applyToDocuments', {
      documentIds: [],
      replacements: [{ variants: ['Marie'], replacement: 'Jeanne' }],
    });
    expect(new Set(await coders())).toEqual(new Set([BASTIEN.name]));
    identity.use(ALICE);
    // The reader's analysis cache sees commits made on the writing connection.
    const pairs = async (): Promise<number> =>
      (await call(session, 'analysis/cooccurrence', { scope: 'document' })).pairs.length;
    const before = await pairs();
    const text = (await call(session, 'documents/get', { id: f.documentIds[1] ?? 0 })).text;
    await call(session, 'codings/create', {
      items: [
        { documentId: f.documentIds[1] ?? 0, start: 0, end: text.indexOf(' '), codeId: f.codeIds.family },
      ],
    });
    expect(await pairs()).toBe(before + 1);
    const list = await call(session, 'codings/ofDocument', { documentId: f.documentIds[0] ?? 0 });
    expect(new Set(list.map((coding) => coding.coder))).toEqual(new Set([ALICE.name]));
    session.close();
  });
});
