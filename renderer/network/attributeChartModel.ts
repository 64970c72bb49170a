import type { CasesTable, Matrix, MatrixMeasure } from '../../app/contract/index.ts';

/**
 * The code × attribute comparison chart (docs/ANALYSIS.md), read from the code × attribute
 * matrix (analysis/matrix) so that its numbers are the matrix's:
 * - codings: the number of codings of the code in the documents of the cases with that value;
 * - cases: the number of cases with that value that have the code;
 * - share: those cases divided by all the cases with that value.
 */

export type ChartMeasure = 'codings' | 'cases' | 'share';

/** The matrix measure a chart measure is read from. */
export function matrixMeasureOf(measure: ChartMeasure): MatrixMeasure {
  return measure === 'codings' ? 'codings' : 'cases';
}

export interface ChartBar {
  /** The attribute value, as in the matrix's column id `value:<value>`. */
  readonly value: string;
  readonly amount: number;
}

export interface ChartGroup {
  readonly codeId: number;
  readonly name: string;
  readonly bars: readonly ChartBar[];
}

export interface AttributeChart {
  readonly values: readonly string[];
  readonly groups: readonly ChartGroup[];
  /** The top of the scale: 1 for shares, else the largest bar (at least 1). */
  readonly max: number;
}

const VALUE_PREFIX = 'value:';

export function casesWithValue(cases: CasesTable, attributeId: number, value: string): number {
  return cases.cases.filter((row) => row.values[attributeId] === value).length;
}

export function buildAttributeChart(
  matrix: Matrix,
  measure: ChartMeasure,
  cases: CasesTable,
  attributeId: number,
): AttributeChart {
  const values = matrix.columns.map((column) =>
    column.id.startsWith(VALUE_PREFIX) ? column.id.slice(VALUE_PREFIX.length) : column.id,
  );
  const totals = values.map((value) => casesWithValue(cases, attributeId, value));
  const groups = matrix.rows.map((row, rowIndex) => ({
    codeId: row.id,
    name: row.name,
    bars: values.map((value, column) => {
      const cell = matrix.cells[rowIndex]?.[column] ?? 0;
      const total = totals[column] ?? 0;
      return { value, amount: measure === 'share' ? (total > 0 ? cell / total : 0) : cell };
    }),
  }));
  const largest = Math.max(1, ...groups.flatMap((group) => group.bars.map((bar) => bar.amount)));
  return { values, groups, max: measure === 'share' ? 1 : largest };
}
