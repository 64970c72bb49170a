import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../app/exports/xlsx.ts';
import { call, callError, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

const SURVEY = [
  ['Répondant', 'Genre', 'Âge', 'Plateforme', 'Pourquoi ce travail ?', 'Et vos proches ?'],
  ['P1', 'Femme', '25-34', 'Foule Factory', 'Pour compléter mon salaire, le soir après les enfants.', ''],
  [
    'P2',
    'Homme',
    '35-44',
    'Clickworker',
    'Je n’ai pas trouvé mieux ; c’est souple, mais isolant.',
    'Ils ne savent pas.',
  ],
  ['', 'Femme', '18-24', 'Appen', 'Réponse sans identifiant.', ''],
  ['P3', 'Femme', '25-34', 'Appen', '', ''],
];

// French Excel writes CSV with semicolons, in Windows-1252.
function frenchCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const text = rows.map((row) => row.map((cell) => `"${cell.replace(/"/gu, '""')}"`).join(';')).join('\r\n');
  return Uint8Array.from([...text].map((char) => (char === '’' ? 0x92 : char.charCodeAt(0))));
}

async function project() {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('tables'), 't.verbatim') });
  return session;
}

const mapping = {
  idColumn: 'Répondant',
  textColumns: ['Pourquoi ce travail ?', 'Et vos proches ?'],
  attributeColumns: ['Genre', 'Âge', 'Plateforme'],
};

describe('survey tables', () => {
  it('previews a French CSV: columns with suggested roles and the detected encoding', async () => {
    const session = await project();
    const preview = await call(session, 'documents/previewTable', {
      name: 'enquete.csv',
      base64: Buffer.from(frenchCsv(SURVEY)).toString('base64'),
    });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rowCount).toBe(4);
    expect(preview.columns.map((column) => [column.name, column.suggestedRole])).toEqual([
      ['Répondant', 'id'],
      ['Genre', 'attribute'],
      ['Âge', 'attribute'],
      ['Plateforme', 'attribute'],
      ['Pourquoi ce travail ?', 'text'],
      ['Et vos proches ?', 'text'],
    ]);
  });

  it('makes one document per answer, linked to cases with their attributes', async () => {
    const session = await project();
    const report = await call(session, 'documents/importTable', {
      name: 'enquete.csv',
      base64: Buffer.from(frenchCsv(SURVEY)).toString('base64'),
      ...mapping,
      answerAs: 'document',
    });
    expect(report.documents.map((document) => document.name)).toEqual([
      'enquete – P1 – Pourquoi ce travail ?',
      'enquete – P2 – Pourquoi ce travail ?',
      'enquete – P2 – Et vos proches ?',
    ]);
    expect(report).toMatchObject({ casesCreated: 2, casesUpdated: 0, attributesCreated: 3, skippedRows: 2 });
    const second = await call(session, 'documents/get', { id: report.documents[1]?.id ?? 0 });
    expect(second.text).toBe('Je n’ai pas trouvé mieux ; c’est souple, mais isolant.');
    const table = await call(session, 'cases/list', {});
    const p2 = table.cases.find((row) => row.name === 'P2');
    const platform = table.attributes.find((attribute) => attribute.name === 'Plateforme');
    expect(p2?.documentIds).toHaveLength(2);
    expect(p2?.values[platform?.id ?? 0]).toBe('Clickworker');
  });

  it('makes one document per respondent from an .xlsx, one segment per answer labelled by its question', async () => {
    const session = await project();
    const xlsx = await toXlsx(SURVEY);
    const report = await call(session, 'documents/importTable', {
      name: 'enquete.xlsx',
      base64: xlsx.toString('base64'),
      ...mapping,
      answerAs: 'segment',
    });
    expect(report.documents.map((document) => [document.name, document.segmentCount])).toEqual([
      ['enquete – P1', 1],
      ['enquete – P2', 2],
    ]);
    const p2 = await call(session, 'documents/get', { id: report.documents[1]?.id ?? 0 });
    expect(p2.segments.map((segment) => segment.speaker)).toEqual([
      'Pourquoi ce travail ?',
      'Et vos proches ?',
    ]);
    expect(p2.text).toBe('Je n’ai pas trouvé mieux ; c’est souple, mais isolant.\n\nIls ne savent pas.');
  });

  it('imports an attribute sheet alone, updating existing cases', async () => {
    const session = await project();
    await call(session, 'cases/create', { name: 'P1' });
    const report = await call(session, 'documents/importTable', {
      name: 'attributs.csv',
      base64: Buffer.from('id,Genre\nP1,Femme\nP4,Homme\n').toString('base64'),
      idColumn: 'id',
      textColumns: [],
      attributeColumns: ['Genre'],
      answerAs: 'document',
    });
    expect(report).toMatchObject({ documents: [], casesCreated: 1, casesUpdated: 1, attributesCreated: 1 });
  });

  it('refuses duplicate ids, unknown columns and broken files, storing nothing', async () => {
    const session = await project();
    const duplicate = await callError(session, 'documents/importTable', {
      name: 'd.csv',
      base64: Buffer.from('id,Texte\nP1,Une réponse assez longue pour compter.\nP1,Une autre.\n').toString(
        'base64',
      ),
      idColumn: 'id',
      textColumns: ['Texte'],
      attributeColumns: [],
      answerAs: 'document',
    });
    expect(duplicate.message).toMatch(/«P1» appears on several rows/u);
    const unknown = await callError(session, 'documents/importTable', {
      name: 'd.csv',
      base64: Buffer.from('id,Texte\nP1,x\n').toString('base64'),
      idColumn: 'id',
      textColumns: ['Réponse'],
      attributeColumns: [],
      answerAs: 'document',
    });
    expect(unknown.message).toMatch(/no column «Réponse»/u);
    const broken = await callError(session, 'documents/previewTable', {
      name: 'broken.xlsx',
      base64: Buffer.from('PK\u0003\u0004 not really').toString('base64'),
    });
    expect(broken.message).toMatch(/broken.xlsx is damaged/u);
    expect(await call(session, 'documents/list', {})).toEqual([]);
    expect((await call(session, 'cases/list', {})).cases).toEqual([]);
  });
});
