import {
  documentsWithAttributeValue,
  listSets,
  type AnalysisCoding,
  type Db,
  type SegmentBoundsRow,
} from '../../db/index.ts';
import type { AnalysisFilters } from '../contract/types.ts';
import { projectCodings, projectSegmentBounds, projectSegments } from './projectData.ts';

export interface FilteredData {
  readonly codings: readonly AnalysisCoding[];
  /** The segments in scope, read only when asked: only the segment scope needs them. */
  readonly segments: () => readonly SegmentBoundsRow[];
  /** Documents in scope after the document filters (null: all). */
  readonly documentIds: ReadonlySet<number> | null;
}

function intersect(a: Set<number> | null, b: Set<number>): Set<number> {
  return a === null ? b : new Set([...a].filter((id) => b.has(id)));
}

/** The documents the document filters keep (sets, case attribute values); null: all of them. */
export function filteredDocumentIds(db: Db, filters: AnalysisFilters | undefined): Set<number> | null {
  let documents: Set<number> | null = null;
  if (filters?.setIds && filters.setIds.length > 0) {
    const wanted = new Set(filters.setIds);
    const members = listSets(db, 'document')
      .filter((set) => wanted.has(set.id))
      .flatMap((set) => set.memberIds);
    documents = intersect(documents, new Set(members));
  }
  for (const condition of filters?.where ?? []) {
    documents = intersect(
      documents,
      new Set(documentsWithAttributeValue(db, condition.attributeId, condition.value)),
    );
  }
  return documents;
}

/**
 * Applies the analysis filters (docs/ANALYSIS.md): document sets (any of them), case
 * attribute values (all conditions), coders (any), speakers (a coding counts when it
 * overlaps a segment of one of the speakers; for the segment scope only those segments
 * are units).
 */
export function filteredData(db: Db, filters: AnalysisFilters | undefined): FilteredData {
  const documents = filteredDocumentIds(db, filters);
  const inDocuments = (documentId: number): boolean => documents === null || documents.has(documentId);

  const speakers = filters?.speakers && filters.speakers.length > 0 ? new Set(filters.speakers) : null;
  let segmentsInScope: readonly SegmentBoundsRow[] | null = null;
  const segments = (): readonly SegmentBoundsRow[] => {
    if (segmentsInScope) return segmentsInScope;
    // Speakers are read only when the filter names some.
    let list: readonly SegmentBoundsRow[] = speakers
      ? projectSegments(db).filter((segment) => speakers.has(segment.speaker ?? ''))
      : projectSegmentBounds(db);
    if (documents !== null) list = list.filter((segment) => inDocuments(segment.documentId));
    segmentsInScope = list;
    return list;
  };

  const coders = filters?.coders && filters.coders.length > 0 ? new Set(filters.coders) : null;
  const allCodings = projectCodings(db);
  let codings =
    documents === null && coders === null
      ? allCodings
      : allCodings.filter(
          (coding) => inDocuments(coding.documentId) && (coders === null || coders.has(coding.coder)),
        );
  if (speakers) {
    const byDocument = new Map<number, SegmentBoundsRow[]>();
    for (const segment of segments()) {
      const list = byDocument.get(segment.documentId) ?? [];
      list.push(segment);
      byDocument.set(segment.documentId, list);
    }
    codings = codings.filter((coding) =>
      (byDocument.get(coding.documentId) ?? []).some(
        (segment) => segment.start < coding.end && coding.start < segment.end,
      ),
    );
  }
  return { codings, segments, documentIds: documents };
}
