import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoderIdentity, IdentityStore } from '../../app/session.ts';
import { ProjectSession } from '../../app/session.ts';
import type { InputOf } from '../../app/contract/api.ts';
import { cli } from '../support/cli.ts';
import { call, callError, memoryRecent } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

// Four speaker turns, hence four segments.
const TEXT =
  'Q: Et le soir ?\nR: Je travaille seule, tard, pour une plateforme opaque.\nQ: Et la paie ?\nR: On ne sait jamais.';

function sessionOf(name: string): ProjectSession {
  let identity: CoderIdentity | null = null;
  const store: IdentityStore = { get: () => identity, set: (value) => (identity = value) };
  return new ProjectSession({ recent: memoryRecent(), identity: store, defaultCoder: name });
}

const range = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
};

interface Study {
  readonly alice: ProjectSession;
  readonly path: string;
  readonly bobPath: string;
  readonly documentId: number;
  readonly text: string;
}

/**
 * The scenario: a lead creates the project and imports an interview, hands a copy
 * of the file to a second coder; each sets their identity and codes in their own copy;
 * the lead merges the copy back. Codings (by segment):
 *   alice: travail on "seule, tard" (2) and "On ne sait jamais" (4); opacité on "opaque" (2)
 *   bob:   travail on "seule" (2); opacité on "plateforme opaque" (2) and "Et la paie" (3)
 */
async function codedStudy(): Promise<Study> {
  const dir = makeTempDir('agreement');
  const path = join(dir, 'alice.verbatim');
  const bobPath = join(dir, 'bob.verbatim');
  const alice = sessionOf('alice-system');
  await call(alice, 'project/create', { path });
  const report = await call(alice, 'documents/importFiles', {
    files: [{ name: 'e1.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  alice.close();
  copyFileSync(path, bobPath);

  await call(alice, 'project/open', { path });
  await call(alice, 'coders/setMe', { name: 'alice', initials: 'AL', color: '#aa3377' });
  const { text, segments } = await call(alice, 'documents/get', { id: documentId });
  expect(segments).toHaveLength(4);
  await call(alice, 'codings/create', {
    items: [
      { documentId, ...range(text, 'seule, tard'), codeName: 'travail' },
      { documentId, ...range(text, 'On ne sait jamais'), codeName: 'travail' },
      { documentId, ...range(text, 'opaque'), codeName: 'opacité' },
    ],
  });

  const bob = sessionOf('bob-system');
  await call(bob, 'project/open', { path: bobPath });
  await call(bob, 'coders/setMe', { name: 'bob', initials: 'BO', color: '#3377aa' });
  await call(bob, 'codings/create', {
    items: [
      { documentId, ...range(text, 'seule'), codeName: 'travail' },
      { documentId, ...range(text, 'plateforme opaque'), codeName: 'opacité' },
      { documentId, ...range(text, 'Et la paie'), codeName: 'opacité' },
    ],
  });
  bob.close();
  await call(alice, 'project/merge', { path: bobPath });
  return { alice, path, bobPath, documentId, text };
}

const figuresOf = (result: { codes: readonly { name: string }[] }) => result.codes.map((code) => code.name);

describe('inter-coder agreement after merging two coders’ copies', () => {
  let study: Study;
  beforeAll(async () => {
    study = await codedStudy();
  });

  it('computes percent, kappa and alpha per code and pooled, by segment', async () => {
    const result = await call(study.alice, 'agreement/compute', {
      coders: ['alice', 'bob'],
      unit: 'segment',
    });
    expect(result.documents.map((document) => document.name)).toEqual(['e1']);
    expect(figuresOf(result)).toEqual(['opacité', 'travail']);
    // Each code: segments 00, 11, 00, 10 (or 01): agree on 3 of 4, so percent = 0.75.
    // kappa: p_o = 3/4, p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2, κ = (3/4 − 1/2) / (1/2) = 0.5.
    // alpha: n = 8 values, 2 in disagreement, n_1 = 3, n_0 = 5: α = 1 − 7 · 2 / (64 − 34) = 16/30.
    for (const code of result.codes) {
      expect(code.percent).toBeCloseTo(0.75, 12);
      expect(code.kappa).toBeCloseTo(0.5, 12);
      expect(code.alpha).toBeCloseTo(16 / 30, 12);
      expect([code.units, code.disagreements]).toEqual([4, 1]);
    }
    // Pooled over the 8 (segment, code) cells: 00 ×4, 11 ×2, 10 ×1, 01 ×1.
    // p_o = 6/8; each coder says 1 in 3 of 8: p_e = 9/64 + 25/64, κ = (48 − 34) / (64 − 34) = 14/30.
    // α: n = 16, 4 in disagreement, n_1 = 6, n_0 = 10: α = 1 − 15 · 4 / (256 − 136) = 0.5.
    expect(result.pooled).toMatchObject({ percent: 0.75, units: 8, disagreements: 2 });
    expect(result.pooled.kappa).toBeCloseTo(14 / 30, 12);
    expect(result.pooled.alpha).toBeCloseTo(0.5, 12);
  });

  it('counts characters at char level, and reports undefined figures with a reason at document level', async () => {
    const chars = await call(study.alice, 'agreement/compute', {
      coders: ['alice', 'bob'],
      unit: 'char',
      codeIds: [(await call(study.alice, 'codes/list', {})).find((c) => c.name === 'travail')?.id ?? 0],
    });
    // travail: alice's ", tard" (6 characters) and "On ne sait jamais" (17) are hers alone.
    const travail = chars.codes[0];
    expect(travail).toMatchObject({ name: 'travail', units: study.text.length, disagreements: 23 });
    expect(travail?.percent).toBeCloseTo((study.text.length - 23) / study.text.length, 12);

    const documents = await call(study.alice, 'agreement/compute', {
      coders: ['alice', 'bob'],
      unit: 'document',
    });
    // One document, both coders applied both codes: full agreement, but no variation.
    expect(documents.pooled).toMatchObject({
      percent: 1,
      kappa: null,
      alpha: null,
      units: 2,
      disagreements: 0,
    });
    expect(documents.pooled.reasons.kappa).toMatch(/no variation/u);
    expect(documents.pooled.reasons.alpha).toMatch(/no variation/u);
  });

  it('gives the same agreement after merging the same copy again', async () => {
    const before = await call(study.alice, 'agreement/compute', { coders: ['alice', 'bob'], unit: 'char' });
    const again = await call(study.alice, 'project/merge', { path: study.bobPath });
    expect(again.added).toEqual({ documents: 0, codes: 0, codings: 0, memos: 0, cases: 0 });
    expect(await call(study.alice, 'agreement/compute', { coders: ['alice', 'bob'], unit: 'char' })).toEqual(
      before,
    );
  });

  it('leaves kappa out for three coders and refuses unknown or repeated coders', async () => {
    const { alice, documentId, text } = study;
    expect(
      (await callError(alice, 'agreement/compute', { coders: ['alice', 'zoé'], unit: 'char' })).message,
    ).toMatch(/no coder "zoé".*alice, bob/u);
    expect((await callError(alice, 'agreement/compute', { coders: ['bob', 'bob'], unit: 'char' })).code).toBe(
      'INVALID_INPUT',
    );
    // carol coded another interview only: no document was coded by all three.
    const other = await call(alice, 'documents/importFiles', {
      files: [{ name: 'e2.txt', base64: Buffer.from('Un autre entretien.').toString('base64') }],
    });
    await call(alice, 'codings/create', {
      items: [
        { documentId: other.imported[0]?.id ?? 0, start: 0, end: 3, codeName: 'autre', coder: 'carol' },
      ],
    });
    expect(
      (await callError(alice, 'agreement/compute', { coders: ['alice', 'bob', 'carol'], unit: 'document' }))
        .message,
    ).toMatch(/No document has codings by every one of alice, bob, carol/u);
    await call(alice, 'codings/create', {
      items: [{ documentId, ...range(text, 'Et le soir'), codeName: 'autre', coder: 'carol' }],
    });
    const three = await call(alice, 'agreement/compute', {
      coders: ['alice', 'bob', 'carol'],
      unit: 'segment',
    });
    expect(three.documents.map((document) => document.name)).toEqual(['e1']);
    expect(three.pooled.kappa).toBeNull();
    expect(three.pooled.reasons.kappa).toMatch(/exactly two coders/u);
    expect(three.pooled.alpha).not.toBeNull();
  });
});

describe('disagreement review', () => {
  async function codeIdOf(session: ProjectSession, name: string): Promise<number> {
    return (await call(session, 'codes/list', {})).find((code) => code.name === name)?.id ?? 0;
  }

  it('lists every place where the coders differ, side by side', async () => {
    const { alice, text } = await codedStudy();
    const travail = await codeIdOf(alice, 'travail');
    const places = await call(alice, 'agreement/disagreements', {
      coders: ['alice', 'bob'],
      unit: 'char',
      codeId: travail,
    });
    expect(
      places.map((place) => ({
        text: place.text,
        speaker: place.speaker,
        sides: place.byCoder.map((side) => [side.coder, side.covered, side.codings.map((c) => c.quote)]),
      })),
    ).toEqual([
      {
        text: 'seule, tard',
        speaker: 'R',
        sides: [
          ['alice', true, ['seule, tard']],
          ['bob', true, ['seule']],
        ],
      },
      {
        text: 'On ne sait jamais',
        speaker: 'R',
        sides: [
          ['alice', true, ['On ne sait jamais']],
          ['bob', false, []],
        ],
      },
    ]);
    const bySegment = await call(alice, 'agreement/disagreements', {
      coders: ['alice', 'bob'],
      unit: 'segment',
      codeId: travail,
    });
    // "seule, tard" and "seule" are in one segment: only the last turn differs.
    expect(bySegment.map((place) => text.slice(place.start, place.end))).toEqual(['On ne sait jamais.']);
  });

  it('keep A replaces B’s coding by a copy of A’s, in the history, and undo brings B’s back', async () => {
    const { alice, documentId } = await codedStudy();
    const travail = await codeIdOf(alice, 'travail');
    const input: InputOf<'agreement/disagreements'> = {
      coders: ['alice', 'bob'],
      unit: 'char',
      codeId: travail,
    };
    const [first] = await call(alice, 'agreement/disagreements', input);
    const resolved = await call(alice, 'agreement/resolve', {
      codeId: travail,
      documentId,
      start: first?.start ?? 0,
      end: first?.end ?? 0,
      decision: 'keepA',
      coders: ['alice', 'bob'],
      note: 'the lateness matters',
    });
    expect(resolved).toEqual({ decision: 'keepA', removed: 1, created: 1, adjusted: 0 });
    const quotes = async () =>
      (await call(alice, 'codings/ofDocument', { documentId }))
        .filter((coding) => coding.codeId === travail)
        .map((coding) => `${coding.coder}: ${coding.quote}`)
        .sort();
    expect(await quotes()).toEqual(['alice: On ne sait jamais', 'alice: seule, tard', 'bob: seule, tard']);
    expect((await call(alice, 'agreement/disagreements', input)).map((place) => place.text)).toEqual([
      'On ne sait jamais',
    ]);
    const [event] = await call(alice, 'history/list', {});
    expect(event).toMatchObject({ kind: 'agreement.resolve', coder: 'alice' });
    expect(event?.summary).toMatch(/«travail».*keep alice's coding/u);
    await call(alice, 'history/undo', {});
    expect(await quotes()).toEqual(['alice: On ne sait jamais', 'alice: seule, tard', 'bob: seule']);
  });

  it('keep B drops A’s coding where B coded nothing', async () => {
    const { alice, documentId, text } = await codedStudy();
    const travail = await codeIdOf(alice, 'travail');
    const resolved = await call(alice, 'agreement/resolve', {
      codeId: travail,
      documentId,
      ...range(text, 'On ne sait jamais'),
      decision: 'keepB',
      coders: ['alice', 'bob'],
    });
    expect(resolved).toEqual({ decision: 'keepB', removed: 1, created: 0, adjusted: 0 });
    const after = await call(alice, 'agreement/compute', {
      coders: ['alice', 'bob'],
      unit: 'segment',
      codeIds: [travail],
    });
    expect(after.codes[0]?.disagreements).toBe(0);
  });

  it('keep both changes no coding but records the decision on the place', async () => {
    const { alice, documentId } = await codedStudy();
    const opacity = await codeIdOf(alice, 'opacité');
    const input: InputOf<'agreement/disagreements'> = {
      coders: ['alice', 'bob'],
      unit: 'char',
      codeId: opacity,
    };
    const before = await call(alice, 'codings/ofDocument', { documentId });
    const [first] = await call(alice, 'agreement/disagreements', input);
    expect(first?.resolution).toBeNull();
    const resolved = await call(alice, 'agreement/resolve', {
      codeId: opacity,
      documentId,
      start: first?.start ?? 0,
      end: first?.end ?? 0,
      decision: 'keepBoth',
      coders: ['bob', 'alice'],
      note: 'both readings hold',
    });
    expect(resolved).toEqual({ decision: 'keepBoth', removed: 0, created: 0, adjusted: 0 });
    expect(await call(alice, 'codings/ofDocument', { documentId })).toEqual(before);
    const [again] = await call(alice, 'agreement/disagreements', input);
    expect(again?.resolution).toMatchObject({
      decision: 'keepBoth',
      by: 'alice',
      note: 'both readings hold',
    });
    expect((await call(alice, 'history/list', {}))[0]?.summary).toMatch(/keep both/u);
  });

  it('remove deletes both coders’ codings on the place, in one transaction with its event', async () => {
    const { alice, documentId, text } = await codedStudy();
    const opacity = await codeIdOf(alice, 'opacité');
    const place = range(text, 'plateforme opaque');
    const resolved = await call(alice, 'agreement/resolve', {
      codeId: opacity,
      documentId,
      ...place,
      decision: 'remove',
      coders: ['alice', 'bob'],
    });
    expect(resolved).toEqual({ decision: 'remove', removed: 2, created: 0, adjusted: 0 });
    const left = (await call(alice, 'codings/ofDocument', { documentId })).filter(
      (c) => c.codeId === opacity,
    );
    expect(left.map((coding) => `${coding.coder}: ${coding.quote}`)).toEqual(['bob: Et la paie']);
    const events = (await call(alice, 'history/list', {})).length;
    const bad = await callError(alice, 'agreement/resolve', {
      codeId: opacity,
      documentId,
      start: 0,
      end: 100000,
      decision: 'remove',
      coders: ['alice', 'bob'],
    });
    expect(bad.code).toBe('INVALID_INPUT');
    expect((await call(alice, 'history/list', {})).length).toBe(events);
  });
});

describe('verbatim agree', () => {
  it('prints the documented JSON and a readable table', async () => {
    const { alice, path } = await codedStudy();
    alice.close();
    const run = await cli('agree', path, '--coders', 'alice,bob', '--unit', 'segment', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      unit: string;
      codes: { name: string; percent: number; kappa: number; alpha: number }[];
      pooled: { percent: number; kappa: number; alpha: number };
    };
    expect(json.unit).toBe('segment');
    expect(json.codes.map(({ name, percent, kappa }) => [name, percent, kappa])).toEqual([
      ['opacité', 0.75, 0.5],
      ['travail', 0.75, 0.5],
    ]);
    expect(json.pooled.alpha).toBeCloseTo(0.5, 12);
    const one = JSON.parse(
      (await cli('agree', path, '--coders', 'alice,bob', '--unit', 'document', '--code', 'Travail', '--json'))
        .stdout,
    ) as { codes: { name: string; percent: number; kappa: number | null }[] };
    expect(one.codes).toEqual([expect.objectContaining({ name: 'travail', percent: 1, kappa: null })]);

    const table = await cli('agree', path, '--coders', 'alice,bob', '--unit', 'segment');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/travail\s+75\.0%\s+0\.500\s+0\.533\s+4\s+1/u);
    expect(table.stdout).toMatch(/\(pooled\)\s+75\.0%\s+0\.467\s+0\.500\s+8\s+2/u);
  });

  it('exits 2 on bad usage and 1 on an unknown coder', async () => {
    const { alice, path } = await codedStudy();
    alice.close();
    expect((await cli('agree', path, '--coders', 'alice', '--unit', 'char')).code).toBe(2);
    expect((await cli('agree', path, '--coders', 'alice,bob', '--unit', 'word')).code).toBe(2);
    const unknown = await cli('agree', path, '--coders', 'alice,nobody', '--unit', 'char');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no coder "nobody"/u);
  });
});
