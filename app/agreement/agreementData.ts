import { getCoderByName, type Db } from '../../db/index.ts';
import { projectCodings, projectDocumentLengths, projectSegments } from '../analysis/projectData.ts';
import { AppError } from '../errors.ts';
import { groupBy } from '../util/groupBy.ts';
import type { CodedSpan, UnitDocument } from './codedSpans.ts';

export interface AgreementDocument extends UnitDocument {
  readonly name: string;
  readonly segments: readonly {
    readonly start: number;
    readonly end: number;
    readonly speaker: string | null;
  }[];
}

/** The documents compared and the chosen coders' codings in them. */
export interface AgreementData {
  readonly coders: readonly string[];
  readonly documents: readonly AgreementDocument[];
  readonly spans: readonly CodedSpan[];
}

/** `known` lists the coders with codings, for the message: only asked when one is missing. */
function requireCoders(db: Db, names: readonly string[], knownCoders: () => readonly string[]): void {
  for (const name of names) {
    if (getCoderByName(db, name)) continue;
    const known = knownCoders();
    const list = known.length > 0 ? ` Coders with codings: ${known.join(', ')}.` : '';
    throw new AppError('NOT_FOUND', `There is no coder "${name}" in this project.${list}`);
  }
}

/**
 * Reads what agreement needs. Without `documentIds`, only documents in which every chosen
 * coder has at least one coding (of any code) are compared: a document a coder never
 * worked on would otherwise count as a full disagreement on every code. Segments are read
 * only when `withSegments` (segment units, and the places shown with their speaker): the
 * character unit of a large project would otherwise read hundreds of thousands for nothing.
 */
export function loadAgreementData(
  db: Db,
  coders: readonly string[],
  documentIds: readonly number[] | undefined,
  withSegments: boolean,
): AgreementData {
  const all = projectCodings(db);
  requireCoders(db, coders, () => [...new Set(all.map((coding) => coding.coder))].sort());
  const chosen = new Set(coders);
  const codings = all.filter((coding) => chosen.has(coding.coder));
  const summaries = projectDocumentLengths(db);
  let wanted: Set<number>;
  if (documentIds) {
    const known = new Set(summaries.map((document) => document.id));
    const missing = documentIds.find((id) => !known.has(id));
    if (missing !== undefined)
      throw new AppError('NOT_FOUND', `There is no document with id ${missing} in this project.`);
    wanted = new Set(documentIds);
  } else {
    const codersByDocument = new Map<number, Set<string>>();
    for (const coding of codings) {
      const set = codersByDocument.get(coding.documentId) ?? new Set<string>();
      set.add(coding.coder);
      codersByDocument.set(coding.documentId, set);
    }
    wanted = new Set(
      [...codersByDocument].filter(([, set]) => set.size === chosen.size).map(([documentId]) => documentId),
    );
    if (wanted.size === 0) {
      throw new AppError(
        'NOT_FOUND',
        `No document has codings by every one of ${coders.join(', ')}; agreement compares documents they all coded (or choose the documents).`,
        { key: 'agreementNoCommonDocument', params: { coders: coders.join(', ') } },
      );
    }
  }
  const segments = withSegments
    ? groupBy(
        projectSegments(db).filter((segment) => wanted.has(segment.documentId)),
        (segment) => segment.documentId,
      )
    : new Map<number, never[]>();
  const documents = summaries
    .filter((document) => wanted.has(document.id))
    .map((document) => ({
      id: document.id,
      name: document.name,
      length: document.length,
      segments: (segments.get(document.id) ?? []).map(({ start, end, speaker }) => ({ start, end, speaker })),
    }));
  const spans = codings.filter((coding) => wanted.has(coding.documentId));
  return { coders, documents, spans };
}
