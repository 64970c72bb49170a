import {
  listAllSegmentSpans,
  listAnalysisCodings,
  listDocumentLengths,
  listSegmentBounds,
  type AnalysisCoding,
  type Db,
  type DocumentLengthRow,
  type SegmentBoundsRow,
  type SegmentSpanRow,
} from '../../db/index.ts';
import { cached } from './dataCache.ts';

/**
 * The whole-project lists that analysis and agreement read, each kept until a table it
 * comes from is written (dataCache.ts). Callers must not modify them.
 */

/** Every coding, with its coder's name. */
export function projectCodings(db: Db): readonly AnalysisCoding[] {
  return cached(db, 'codings', ['codings', 'coders'], () => listAnalysisCodings(db));
}

/** Every segment with its speaker, by document then start. */
export function projectSegments(db: Db): readonly SegmentSpanRow[] {
  return cached(db, 'segments', ['segments'], () => listAllSegmentSpans(db));
}

/** Every segment's bounds, by document then start: the segment scope needs no more. */
export function projectSegmentBounds(db: Db): readonly SegmentBoundsRow[] {
  return cached(db, 'segmentBounds', ['segments'], () => listSegmentBounds(db));
}

/** Every document's id, name and text length (documents.text_length), in the document list's order. */
export function projectDocumentLengths(db: Db): readonly DocumentLengthRow[] {
  return cached(db, 'documentLengths', ['documents'], () => listDocumentLengths(db));
}
