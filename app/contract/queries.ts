import { z } from 'zod';
import { op } from './operation.ts';
import { AnalysisFiltersInput, CodeName, Empty } from './shared.ts';
import type { AnalysisFilters } from './shared.ts';

/** The coding-query operations (docs/ANALYSIS.md, "Coding queries"): inputs, outputs, table. */

export const QueryExpression = z.string().trim().min(1, 'a query is required').max(5000);

export const RunQueryInput = z
  .object({ expression: QueryExpression, filters: AnalysisFiltersInput.optional() })
  .strict();

export const SaveQueryInput = z
  .object({
    name: z.string().trim().min(1, 'a name is required').max(200),
    expression: QueryExpression,
    filters: AnalysisFiltersInput.optional(),
  })
  .strict();

export const SavedQueryNameInput = z.object({ name: z.string().trim().min(1).max(200) }).strict();

export const CodeQueryResultsInput = z
  .object({
    expression: QueryExpression,
    filters: AnalysisFiltersInput.optional(),
    codeName: CodeName,
  })
  .strict();

/** One result of a query: a range of a document, labelled by the coding that gave it. */
export interface QueryExcerpt {
  readonly documentId: number;
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly codeId: number;
  readonly code: string;
  readonly coder: string;
  readonly text: string;
}

export interface QueryCount {
  readonly id: number;
  readonly name: string;
  readonly count: number;
}

export interface QueryResult {
  readonly expression: string;
  readonly count: number;
  readonly excerpts: readonly QueryExcerpt[];
  /** Results per document and per case (a document of several cases counts in each), by name. */
  readonly documents: readonly QueryCount[];
  readonly cases: readonly QueryCount[];
}

export interface SavedQuery {
  readonly name: string;
  readonly expression: string;
  readonly filters: AnalysisFilters;
  readonly createdAt: string;
}

export interface CodedQueryResults {
  readonly codeId: number;
  readonly count: number;
}

export const queriesOperations = {
  'queries/run': op<QueryResult>()(RunQueryInput),
  'queries/list': op<readonly SavedQuery[]>()(Empty),
  'queries/save': op<SavedQuery>()(SaveQueryInput),
  'queries/delete': op<null>()(SavedQueryNameInput),
  'queries/runSaved': op<QueryResult>()(SavedQueryNameInput),
  'queries/codeResults': op<CodedQueryResults>()(CodeQueryResultsInput),
} as const;
