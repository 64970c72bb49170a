import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireTool } from '../support/requiredTool.ts';
import { call } from '../support/session.ts';
import { REFI_SAMPLES, newProject, SHARED_REFI, seededProject, unzipText, zipBase64 } from './refiFixture.ts';

/**
 * GUIDs decide what is the same code or document; where they differ, a code of the same
 * name or a document of the same text is still the same one, and everything that refers to
 * it (codings, memos, sets) follows the merge's mapping (docs/REFI-QDA.md, "Merging").
 */

const ATLAS = 'atlasti-8.4.0-mac_refi-standard-project_no-sources.qdpx';

describe('identity on REFI-QDA import', () => {
  it('puts a code matched by name in the sets of the file, and says it was matched by name', async (context) => {
    requireTool(context, REFI_SAMPLES);
    const base64 = readFileSync(join(SHARED_REFI, 'samples', ATLAS)).toString('base64');
    // The sample's group as a fresh project gets it: six codes, «Coke» among them.
    const fresh = await newProject('fresh');
    await call(fresh, 'exchange/importProject', { name: ATLAS, base64 });
    const groupNames = async (session: typeof fresh) => {
      const codes = new Map((await call(session, 'codes/list', {})).map((code) => [code.id, code.name]));
      const group = (await call(session, 'sets/list', { kind: 'code' })).find(
        (set) => set.name === 'Breakfast food',
      );
      return (group?.memberIds ?? []).map((id) => codes.get(id)).sort();
    };
    const expected = await groupNames(fresh);
    expect(expected).toHaveLength(6);
    expect(expected).toContain('Coke');

    // A project that already had its own «Coke» (another GUID).
    const target = await newProject('coke');
    const ours = await call(target, 'codes/create', { name: 'Coke', color: '#112233' });
    const report = await call(target, 'exchange/importProject', { name: ATLAS, base64 });
    expect(await groupNames(target)).toEqual(expected);
    const group = (await call(target, 'sets/list', { kind: 'code' })).find(
      (set) => set.name === 'Breakfast food',
    );
    expect(group?.memberIds).toContain(ours.id);
    expect(report.skipped.filter((item) => item.what.includes('Breakfast food'))).toEqual([]);
    expect(report.warnings).toContainEqual(expect.stringMatching(/code «Coke» was matched by name/u));
    // Its sub-codes hang under our «Coke».
    const codes = await call(target, 'codes/list', {});
    expect(
      codes
        .filter((code) => code.parentId === ours.id)
        .map((code) => code.name)
        .sort(),
    ).toEqual(
      (await call(fresh, 'codes/list', {}))
        .filter((code) => code.parentId === codes.find((c) => c.name === 'Coke' && c.id !== ours.id)?.id)
        .map((code) => code.name)
        .sort(),
    );
  });

  it('puts a document matched by its text in the sets of the file, and says so', async () => {
    const session = await seededProject();
    const [document] = await call(session, 'documents/list', {});
    const files = unzipText((await call(session, 'exchange/exportProject', {})).content);
    const source = Object.keys(files).find((name) => name.startsWith('sources/')) ?? '';
    const oldGuid = source.slice('sources/'.length, -'.txt'.length);
    const newGuid = 'c0000000-0000-4000-8000-000000000001';
    // The same interview as another tool would give it: another GUID, another set.
    const qde = (files['project.qde'] ?? '')
      .replaceAll(oldGuid, newGuid)
      .replace(
        '</Sets>',
        `<Set guid="c0000000-0000-4000-8000-000000000002" name="Vague 2"><MemberSource targetGUID="${newGuid}"/></Set></Sets>`,
      );
    const report = await call(session, 'exchange/importProject', {
      name: 'other.qdpx',
      base64: zipBase64({ 'project.qde': qde, [`sources/${newGuid}.txt`]: files[source] ?? '' }),
    });
    expect(report.added.documents).toBe(0);
    expect(report.matched.documents).toBe(1);
    const wave = (await call(session, 'sets/list', { kind: 'document' })).find(
      (set) => set.name === 'Vague 2',
    );
    expect(wave?.memberIds).toEqual([document?.id]);
    expect(report.skipped).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/document «entretien-marie» was matched by its text/u),
    );
    // Matched by GUID: nothing to say.
    const again = await call(session, 'exchange/importProject', {
      name: 'same.qdpx',
      base64: (await call(session, 'exchange/exportProject', {})).content,
    });
    expect(again.warnings).toEqual([]);
  });
});
