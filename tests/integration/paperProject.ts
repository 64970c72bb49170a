import { join } from 'node:path';
import type { ProjectSession } from '../../app/session.ts';
import { call, testSession } from '../support/session.ts';
import { makeTempDir } from '../support/tempDir.ts';

/** An interview with a question, a hostile answer and a would-be spreadsheet formula. */
export const TEXT =
  '[00:12:31] Marie : Je fais des tâches le soir, "après les enfants".\n[00:13:02] Enquêteur : Et le week-end ?\n[00:13:05] Marie : <script>alert(1)</script> =SUM(A1)';

export interface PaperProject {
  readonly session: ProjectSession;
  readonly documentId: number;
  /** "triple journée", on "Je fais des tâches le soir". */
  readonly codeId: number;
  readonly hostileCodeId: number;
  readonly firstCodingId: number;
}

/**
 * A small project seeded through the contract, as the researcher would build it: one
 * interview, two codes, a case "Participante 3" with two attributes (the example).
 */
export async function paperProject(): Promise<PaperProject> {
  const session = testSession();
  await call(session, 'project/create', { path: join(makeTempDir('paper'), 'etude.verbatim') });
  const report = await call(session, 'documents/importFiles', {
    files: [{ name: 'entretien-3.txt', base64: Buffer.from(TEXT).toString('base64') }],
  });
  const documentId = report.imported[0]?.id ?? 0;
  const document = await call(session, 'documents/get', { id: documentId });
  const at = (quote: string) => ({
    start: document.text.indexOf(quote),
    end: document.text.indexOf(quote) + quote.length,
  });
  const [first, hostile] = await call(session, 'codings/create', {
    items: [
      { documentId, ...at('Je fais des tâches le soir'), codeName: 'triple journée' },
      { documentId, ...at('<script>alert(1)</script> =SUM(A1)'), codeName: 'hostile' },
    ],
  });
  const age = await call(session, 'attributes/create', { name: 'Âge', type: 'text' });
  const platform = await call(session, 'attributes/create', { name: 'Plateforme', type: 'text' });
  const row = await call(session, 'cases/create', { name: 'Participante 3', documentIds: [documentId] });
  await call(session, 'cases/setValue', { caseId: row.id, attributeId: age.id, value: '34 ans' });
  await call(session, 'cases/setValue', { caseId: row.id, attributeId: platform.id, value: 'Foule Factory' });
  return {
    session,
    documentId,
    codeId: first?.codeId ?? 0,
    hostileCodeId: hostile?.codeId ?? 0,
    firstCodingId: first?.id ?? 0,
  };
}

/**
 * The codebook of a paper's appendix: "triple journée" nested under a new "travail", with a
 * definition, the given criterion and its first coding as anchor example.
 */
export async function documentedCodebook(
  { session, codeId }: PaperProject,
  criterion: { inclusion: string } | { exclusion: string },
): Promise<void> {
  const parent = await call(session, 'codes/create', { name: 'travail', color: '#336699' });
  await call(session, 'codes/move', { id: codeId, parentId: parent.id, index: 0 });
  const [example] = await call(session, 'codings/excerptsOfCode', { codeId });
  await call(session, 'codes/update', {
    id: codeId,
    description: 'Travail payé, domestique et de plateforme cumulés.',
    ...criterion,
    exampleCodingId: example?.codingId ?? null,
  });
}
