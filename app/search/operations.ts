import { listCodingsOfDocument, MATCH_CLOSE, MATCH_OPEN, searchSegments } from '../../db/index.ts';
import { keywordInContext, matchRanges } from '../analysis/search.ts';
import type { SearchHit, SearchResult } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { requireCode } from '../codes/require.ts';
import { read, type OperationGroup } from '../registration/registry.ts';

const DEFAULT_LIMIT = 2000;
const CONTEXT_WIDTH = 60;

export const searchOperations = {
  'search/query': read(({ query, codeId, documentIds, limit }, session): SearchResult => {
    const db = session.db();
    if (codeId !== undefined) requireCode(db, codeId);
    const max = limit ?? DEFAULT_LIMIT;
    let rows;
    try {
      // Segments, not hits, are limited in SQL; one more tells whether there is more.
      rows = searchSegments(db, query, max + 1);
    } catch (error) {
      throw new AppError(
        'INVALID_INPUT',
        `The search "${query}" could not be read (${error instanceof Error ? error.message : String(error)}). Put phrases in double quotes; operators are AND, OR, NOT, NEAR(…), and * for a prefix.`,
        { key: 'searchUnreadable', params: { query } },
      );
    }
    const wanted = documentIds ? new Set(documentIds) : null;
    const codedRanges = new Map<number, { start: number; end: number }[]>();
    const documents = new Map<number, { documentId: number; documentName: string; hits: SearchHit[] }>();
    let total = 0;
    for (const row of rows.slice(0, max)) {
      if (wanted && !wanted.has(row.documentId)) continue;
      let coded: { start: number; end: number }[] | undefined;
      if (codeId !== undefined) {
        coded = codedRanges.get(row.documentId);
        if (!coded) {
          coded = listCodingsOfDocument(db, row.documentId).filter((coding) => coding.codeId === codeId);
          codedRanges.set(row.documentId, coded);
        }
      }
      const { text, ranges } = matchRanges(row.marked, MATCH_OPEN, MATCH_CLOSE);
      for (const [from, to] of ranges) {
        const start = row.start + from;
        const end = row.start + to;
        // "Search in codings of a code": keep matches inside one of its codings.
        if (coded && !coded.some((range) => range.start <= start && end <= range.end)) continue;
        const context = keywordInContext(text, from, to, CONTEXT_WIDTH);
        const entry = documents.get(row.documentId) ?? {
          documentId: row.documentId,
          documentName: row.documentName,
          hits: [],
        };
        entry.hits.push({
          documentId: row.documentId,
          segmentOrdinal: row.ordinal,
          speaker: row.speaker,
          timestamp: row.timestamp,
          start,
          end,
          segmentStart: row.start,
          segmentEnd: row.start + text.length,
          before: context.before,
          match: text.slice(from, to),
          after: context.after,
        });
        documents.set(row.documentId, entry);
        total++;
      }
    }
    return { query, total, truncated: rows.length > max, documents: [...documents.values()] };
  }),
} satisfies OperationGroup;
