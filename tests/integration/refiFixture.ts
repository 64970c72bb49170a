import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ProjectSession } from '../../app/session.ts';
import { call, testSession } from '../support/session.ts';
import { commandTool, sharedMaterial } from '../support/requiredTool.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** Shared fixtures of the REFI-QDA tests (refiExport, refiImport, refiRoundTrip). */

export const SHARED_REFI = join(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda');

/** The REFI-QDA samples and schemas of ../shared/refi-qda. */
export const REFI_SAMPLES = sharedMaterial(SHARED_REFI);

/** xmllint validates exports against the REFI-QDA schemas (CI installs it: .ci/run). */
export const XMLLINT = commandTool('xmllint (apt-get install libxml2-utils)', 'xmllint', ['--version']);

/** 'valid', or xmllint's complaint about `xml` against schema/<schema>. */
export function validate(schema: string, xml: string, name: string): string {
  const file = join(makeTempDir('refi-xsd'), name);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(SHARED_REFI, 'schema', schema), file], {
      stdio: 'pipe',
    });
    return 'valid';
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
  }
}

// An emoji before the first coding: code points and UTF-16 units differ after it.
export const TEXT =
  'Enquêteur : Vous êtes seule ? 😅\nMarie : Oui, seule devant mon écran, la nuit.\nEnquêteur : Et la plateforme ?\nMarie : Opaque.';

export async function newProject(name: string): Promise<ProjectSession> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('refi'), `${name}.verbatim`) });
  return session;
}

/** A small project with every kind of thing REFI-QDA carries. */
export async function seededProject(): Promise<ProjectSession> {
  const session = await newProject('source');
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien-marie.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const document = await call(session, 'documents/get', { id: documentId });
  const at = (quote: string) => ({
    start: document.text.indexOf(quote),
    end: document.text.indexOf(quote) + quote.length,
  });
  const parent = await call(session, 'codes/create', { name: 'conditions', color: '#336699' });
  const isolation = await call(session, 'codes/create', {
    name: 'isolement',
    parentId: parent.id,
    color: '#aa3377',
  });
  await call(session, 'codes/update', {
    id: isolation.id,
    description: 'Être seul·e au travail.',
    inclusion: 'Solitude dite.',
    exclusion: 'Choix assumé.',
  });
  const [coding] = await call(session, 'codings/create', {
    items: [
      { documentId, ...at('seule devant mon écran'), codeId: isolation.id, coder: 'Léa' },
      { documentId, ...at('Opaque'), codeName: 'opacité', coder: 'Hugo' },
    ],
  });
  await call(session, 'memos/save', {
    targetKind: 'code',
    targetId: isolation.id,
    title: 'Définition',
    body: '',
    plainText: 'À discuter en équipe.',
  });
  await call(session, 'memos/save', {
    targetKind: 'coding',
    targetId: coding?.id ?? 0,
    title: '',
    body: '',
    plainText: 'Passage clé.',
  });
  await call(session, 'memos/save', {
    targetKind: 'project',
    targetId: null,
    title: 'Journal',
    body: '',
    plainText: 'Terrain de mars.',
  });
  const gender = await call(session, 'attributes/create', { name: 'Genre', type: 'text' });
  const age = await call(session, 'attributes/create', { name: 'Âge', type: 'number' });
  const marie = await call(session, 'cases/create', { name: 'Marie', documentIds: [documentId] });
  await call(session, 'cases/setValue', { caseId: marie.id, attributeId: gender.id, value: 'Femme' });
  await call(session, 'cases/setValue', { caseId: marie.id, attributeId: age.id, value: '34' });
  await call(session, 'sets/create', { kind: 'document', name: 'Vague 1', memberIds: [documentId] });
  await call(session, 'sets/create', { kind: 'code', name: 'Travail', memberIds: [parent.id, isolation.id] });
  return session;
}

export function unzipText(base64: string): Record<string, string> {
  const files = unzipSync(Buffer.from(base64, 'base64'));
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

export function zipBase64(files: Record<string, string | Uint8Array>): string {
  return Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]),
      ),
    ),
  ).toString('base64');
}

/** What a user sees of a project, without ids or dates, to compare two projects. */
export async function projectContent(session: ProjectSession) {
  const documents = await call(session, 'documents/list', {});
  const codes = await call(session, 'codes/list', {});
  const codeName = new Map(codes.map((code) => [code.id, code.name]));
  const documentName = new Map(documents.map((document) => [document.id, document.name]));
  const codings = (
    await Promise.all(
      documents.map((document) => call(session, 'codings/ofDocument', { documentId: document.id })),
    )
  ).flat();
  const full = await Promise.all(
    documents.map((document) => call(session, 'documents/get', { id: document.id })),
  );
  const texts = full.map((document) => document.text);
  // Speaker turns: who speaks where, and when.
  const turns = full
    .map((document) => [
      document.name,
      document.segments.map((segment) => [segment.start, segment.end, segment.speaker, segment.timestamp]),
    ])
    .sort();
  const memos = await call(session, 'memos/list', {});
  const cases = await call(session, 'cases/list', {});
  const attributeName = new Map(cases.attributes.map((attribute) => [attribute.id, attribute.name]));
  const setsOf = async (kind: 'document' | 'code', names: Map<number, string>) =>
    (await call(session, 'sets/list', { kind }))
      .map((set) => [set.name, set.memberIds.map((id) => names.get(id)).sort()])
      .sort();
  return {
    texts: texts.sort(),
    turns,
    codes: codes
      .map((code) => [
        code.name,
        code.color,
        code.description,
        code.inclusion,
        code.exclusion,
        code.parentId === null ? null : codeName.get(code.parentId),
      ])
      .sort(),
    codings: codings.map((coding) => [codeName.get(coding.codeId), coding.quote, coding.coder]).sort(),
    memos: memos.map((memo) => [memo.targetKind, memo.excerpt]).sort(),
    cases: cases.cases.map((row) => [
      row.name,
      Object.entries(row.values)
        .map(([id, value]) => `${attributeName.get(Number(id))}=${value}`)
        .sort()
        .join(';'),
      row.documentIds.map((id) => documentName.get(id)),
    ]),
    attributes: cases.attributes.map((attribute) => [attribute.name, attribute.type]).sort(),
    documentSets: await setsOf('document', documentName),
    codeGroups: await setsOf('code', codeName),
  };
}
