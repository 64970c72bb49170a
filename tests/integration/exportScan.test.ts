import { describe, expect, it } from 'vitest';
import { call } from '../support/session.ts';
import { paperProject } from './paperProject.ts';

const found = async (
  session: Awaited<ReturnType<typeof paperProject>>['session'],
  scope: 'excerpts' | 'codebook' | 'qdpx' | 'qdc',
  includeMemos = false,
): Promise<string[]> =>
  (await call(session, 'pseudonymise/scanForExport', { scope, includeMemos })).map((group) => group.text);

describe('the identifier scan before an export', () => {
  it('scans what each export writes: transcripts, memos, cases, codebook', async () => {
    const seeded = await paperProject();
    const { session, codeId, firstCodingId } = seeded;
    await call(session, 'memos/save', {
      targetKind: 'coding',
      targetId: firstCodingId,
      title: '',
      body: '',
      plainText: 'Rappeler au 06 12 34 56 78',
    });
    await call(session, 'codes/update', { id: codeId, description: 'Voir marie.dupont@example.org' });
    const [row] = (await call(session, 'cases/list', {})).cases;
    const [age] = (await call(session, 'cases/list', {})).attributes;
    await call(session, 'cases/setValue', {
      caseId: row?.id ?? 0,
      attributeId: age?.id ?? 0,
      value: 'https://profil.example.org/p3',
    });

    await call(session, 'documents/importFiles', {
      files: [
        { name: 'paul.martin@example.org.txt', base64: Buffer.from('Oui, bien sûr.').toString('base64') },
      ],
    });
    const excerpts = await found(session, 'excerpts');
    // A document name is written in citations and as a .qdpx source name.
    expect(excerpts).toContain('paul.martin@example.org');
    // The transcript's speaker "Marie" and the case attribute; not the memo, not asked for.
    expect(excerpts).toEqual(expect.arrayContaining(['Marie', 'https://profil.example.org/p3']));
    expect(excerpts.join(' ')).not.toMatch(/06 12 34 56 78|dupont/u);
    expect(await found(session, 'excerpts', true)).toEqual(expect.arrayContaining(['06 12 34 56 78']));

    const codebook = await found(session, 'codebook');
    expect(codebook).toContain('marie.dupont@example.org');
    expect(codebook).not.toContain('https://profil.example.org/p3');

    const project = await found(session, 'qdpx');
    expect(await found(session, 'qdc')).toEqual(codebook);
    for (const text of [
      'Marie',
      '06 12 34 56 78',
      'marie.dupont@example.org',
      'https://profil.example.org/p3',
    ])
      expect(project).toContain(text);
  });
});
