import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoderIdentity, IdentityStore } from '../../app/session.ts';
import { ProjectSession } from '../../app/session.ts';
import { call, callError, memoryRecent, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

function memoryIdentity(): IdentityStore {
  let identity: CoderIdentity | null = null;
  return { get: () => identity, set: (value) => (identity = value) };
}

describe('coders', () => {
  it('sets an identity once and records it on codings and in the project', async () => {
    const session = new ProjectSession({
      recent: memoryRecent(),
      identity: memoryIdentity(),
      defaultCoder: 'system-user',
    });
    expect((await call(session, 'coders/me', {})).name).toBe('system-user');
    await call(session, 'project/create', { path: join(makeTempDir('coders'), 'c.verbatim') });
    await call(session, 'coders/setMe', { name: 'Camille Martin', initials: 'CM', color: '#aa3377' });
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'd.txt', base64: Buffer.from('Bonjour tout le monde').toString('base64') }],
    });
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId: report.imported[0]?.id ?? 0, start: 0, end: 7, codeName: 'salut' }],
    });
    expect(coding?.coder).toBe('Camille Martin');
    await call(session, 'codings/create', {
      items: [
        { documentId: report.imported[0]?.id ?? 0, start: 8, end: 12, codeName: 'salut', coder: 'Léa' },
      ],
    });
    expect((await call(session, 'coders/list', {})).filter((coder) => coder.codings > 0)).toEqual([
      { name: 'Camille Martin', initials: 'CM', color: '#aa3377', codings: 1 },
      { name: 'Léa', initials: '', color: '#6b7280', codings: 1 },
    ]);
    expect((await call(session, 'history/list', {}))[0]?.coder).toBe('Camille Martin');
    expect(
      (await callError(testSession(), 'coders/setMe', { name: 'x', initials: 'X', color: '#000000' }))
        .message,
    ).toMatch(/cannot remember/u);
  });

  it('shows only my codings in blind mode, one coder’s, or where coders differ', async () => {
    const identity = memoryIdentity();
    identity.set({ name: 'alice', initials: 'A', color: '#000000' });
    const session = new ProjectSession({ recent: memoryRecent(), identity, defaultCoder: 'x' });
    await call(session, 'project/create', { path: join(makeTempDir('coders'), 'b.verbatim') });
    const report = await call(session, 'documents/importFiles', {
      files: [{ name: 'd.txt', base64: Buffer.from('un deux trois quatre cinq').toString('base64') }],
    });
    const documentId = report.imported[0]?.id ?? 0;
    await call(session, 'codings/create', {
      items: [
        { documentId, start: 0, end: 2, codeName: 'a', coder: 'alice' },
        { documentId, start: 0, end: 2, codeName: 'a', coder: 'bob' },
        { documentId, start: 3, end: 7, codeName: 'a', coder: 'bob' },
      ],
    });
    const coders = async (view: 'all' | 'mine' | 'coder' | 'differ', coder?: string) =>
      (await call(session, 'codings/ofDocument', { documentId, view, ...(coder ? { coder } : {}) })).map(
        (c) => `${c.coder}:${c.start}`,
      );
    expect(await coders('all')).toEqual(['alice:0', 'bob:0', 'bob:3']);
    expect(await coders('coder', 'bob')).toEqual(['bob:0', 'bob:3']);
    expect(await coders('differ')).toEqual(['bob:3']);
    await call(session, 'project/setSettings', { blindMode: true });
    expect(await call(session, 'project/settings', {})).toEqual({ blindMode: true });
    expect(await coders('all')).toEqual(['alice:0']);
    const codeId = (await call(session, 'codes/list', {}))[0]?.id ?? 0;
    expect((await call(session, 'codings/excerptsOfCode', { codeId })).map((e) => e.coder)).toEqual([
      'alice',
    ]);
  });
});
