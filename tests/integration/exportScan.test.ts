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
        {
          name: 'paul.martin@example.org.txt',
          base64: Buffer.from('Oui, bien sûr. Écrivez-moi à paul@example.org.').toString('base64'),
        },
      ],
    });
    const excerpts = await found(session, 'excerpts');
    // An excerpt export writes quotes, not whole transcripts: a document without excerpts
    // (its name, its text) is not in it; a .qdpx writes both (below).
    expect(excerpts).not.toContain('paul.martin@example.org');
    expect(excerpts).not.toContain('paul@example.org');
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
      'paul.martin@example.org',
      'paul@example.org',
      'Marie',
      '06 12 34 56 78',
      'marie.dupont@example.org',
      'https://profil.example.org/p3',
    ])
      expect(project).toContain(text);
  });

  it('scans the quotes an excerpt export writes, of the codes it writes, not the rest of the transcript', async () => {
    const { session, documentId, codeId } = await paperProject();
    await call(session, 'documents/importFiles', {
      files: [
        {
          name: 'entretien-4.txt',
          base64: Buffer.from(
            'Enquêtrice : Votre adresse ?\nPaul : paul@example.org, et mon numéro 06 12 34 56 78.',
          ).toString('base64'),
        },
      ],
    });
    const documents = await call(session, 'documents/list', {});
    const other = documents.find((document) => document.id !== documentId)?.id ?? 0;
    const text = (await call(session, 'documents/get', { id: other })).text;
    const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
    const [coding] = await call(session, 'codings/create', {
      items: [{ documentId: other, ...at('paul@example.org'), codeName: 'contact' }],
    });
    const excerpts = await found(session, 'excerpts');
    expect(excerpts).toContain('paul@example.org');
    // The number is in the transcript, not in any quote: an excerpt export does not write it.
    expect(excerpts).not.toContain('06 12 34 56 78');
    // Only the codes exported: the other code's quotes are not.
    const onlyFirst = (
      await call(session, 'pseudonymise/scanForExport', { scope: 'excerpts', codeIds: [codeId] })
    ).map((group) => group.text);
    expect(onlyFirst).not.toContain('paul@example.org');
    expect(onlyFirst).toContain('Marie');
    expect(coding?.codeId).not.toBe(codeId);
  });
});
