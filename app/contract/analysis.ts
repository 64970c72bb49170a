import { z } from 'zod';
import { op } from './operation.ts';
import { parseScope } from './scope.ts';
import type { CooccurrenceWarning, MatrixColumns, MatrixMeasure } from './enums.ts';
import { AnalysisFiltersInput, type Excerpt, Id, MatrixInput } from './shared.ts';

/** The analysis operations of the contract: their inputs (zod), outputs and operation table. */

export const ScopeInput = z
  .string()
  .refine((text) => parseScope(text) !== null, 'scope is overlap, segment, document or near:N');

export const CooccurrenceInput = z
  .object({ scope: ScopeInput, filters: AnalysisFiltersInput.optional() })
  .strict();

export const CooccurrenceExcerptsInput = z
  .object({ scope: ScopeInput, codeA: Id, codeB: Id, filters: AnalysisFiltersInput.optional() })
  .strict();

/** 'overlap', 'segment', 'document' or 'near:N' (N characters). */
export type CooccurrenceScope = string;

export interface CooccurrenceCode {
  readonly id: number;
  readonly name: string;
  readonly n: number;
}

export interface CooccurrencePair {
  readonly a: string;
  readonly b: string;
  readonly aId: number;
  readonly bId: number;
  readonly count: number;
  /** count / (n_a + n_b − count); null where that denominator is not positive. */
  readonly c: number | null;
  /** count / n_a and count / n_b. */
  readonly shareA: number;
  readonly shareB: number;
  /** 'small': count below 5; 'unequal': one code is used over five times more than the other. */
  readonly warnings: readonly CooccurrenceWarning[];
}

export interface CooccurrenceResult {
  readonly scope: CooccurrenceScope;
  readonly codes: readonly CooccurrenceCode[];
  readonly pairs: readonly CooccurrencePair[];
}

export interface CooccurrenceInstance {
  readonly a: Excerpt;
  readonly b: Excerpt;
  /** For segment and document scopes: the unit in which both occur, e.g. 'segment:12'. */
  readonly unit: string | null;
}

export interface MatrixRow {
  readonly id: number;
  readonly name: string;
  readonly color: string;
  readonly parentId: number | null;
  readonly depth: number;
  readonly hasChildren: boolean;
}

/** A run of adjacent columns under one spanning header: a value of the attribute, or a set. */
export interface MatrixColumnGroup {
  /** The value or the set's name; '—' for the columns with no value or in no set. */
  readonly label: string;
  /** The first column of the run and how many columns it spans. */
  readonly start: number;
  readonly count: number;
}

/** How the columns are grouped: the groups, left to right, and what they are values of. */
export interface MatrixColumnGroups {
  readonly kind: 'attribute' | 'sets';
  /** The attribute's name (null for document sets: the interface names them). */
  readonly attribute: string | null;
  readonly groups: readonly MatrixColumnGroup[];
}

export interface Matrix {
  readonly columnsBy: MatrixColumns;
  /**
   * Columns grouped (request's groupBy): columns come group after group, and a document in
   * two sets has a column under each. Null when not grouped.
   */
  readonly columnGroups: MatrixColumnGroups | null;
  readonly measure: MatrixMeasure;
  /** Codes in codebook order: parents before their children, siblings by their order. */
  readonly rows: readonly MatrixRow[];
  /** documentIds: the documents in scope behind the column (for the drill-down). */
  readonly columns: readonly {
    readonly id: string;
    readonly label: string;
    readonly documentIds: readonly number[];
  }[];
  /** cells[row][column]: the code's own codings. */
  readonly cells: readonly (readonly number[])[];
  /** subtreeCells[row][column]: the codings of the code and all codes below it (collapsed rows). */
  readonly subtreeCells: readonly (readonly number[])[];
  /** Totals as defined in docs/ANALYSIS.md: per row (own, subtree), per column, and overall. */
  readonly rowTotals: readonly number[];
  readonly subtreeRowTotals: readonly number[];
  readonly columnTotals: readonly number[];
  readonly grandTotal: number;
  /** For counts: percentages of the row total and of the column total. */
  readonly rowPercent: readonly (readonly number[])[] | null;
  readonly columnPercent: readonly (readonly number[])[] | null;
}

export const analysisOperations = {
  'analysis/cooccurrence': op<CooccurrenceResult>()(CooccurrenceInput),
  'analysis/cooccurrenceExcerpts': op<readonly CooccurrenceInstance[]>()(CooccurrenceExcerptsInput),
  'analysis/matrix': op<Matrix>()(MatrixInput),
} as const;
