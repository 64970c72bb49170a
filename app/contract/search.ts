import { z } from 'zod';
import { op } from './operation.ts';
import { Id } from './shared.ts';

/** The search operations of the contract: their inputs (zod), outputs and operation table. */

export const SearchInput = z
  .object({
    query: z.string().trim().min(1, 'type something to search for').max(1000),
    codeId: Id.optional(),
    documentIds: z.array(Id).max(100000).optional(),
    limit: z.number().int().positive().max(100000).optional(),
  })
  .strict();

export interface SearchHit {
  readonly documentId: number;
  readonly segmentOrdinal: number;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  /** The matched words, as offsets in the document's text. */
  readonly start: number;
  readonly end: number;
  /** The whole segment, for "code the segment". */
  readonly segmentStart: number;
  readonly segmentEnd: number;
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

export interface SearchResult {
  readonly query: string;
  readonly total: number;
  /** True when more hits exist than were returned. */
  readonly truncated: boolean;
  readonly documents: readonly {
    readonly documentId: number;
    readonly documentName: string;
    readonly hits: readonly SearchHit[];
  }[];
}

export const searchOperations = {
  'search/query': op<SearchResult>()(SearchInput),
} as const;
