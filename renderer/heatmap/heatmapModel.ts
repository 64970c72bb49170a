import type { CooccurrencePair, CooccurrenceResult } from '../../app/contract/index.ts';

export type HeatmapMeasure = 'count' | 'c';
export type HeatmapOrder = 'name' | 'frequency' | 'clustered';

export interface HeatmapCode {
  readonly id: number;
  readonly name: string;
  readonly n: number;
}

export interface HeatmapModel {
  readonly codes: readonly HeatmapCode[];
  /** cells[row][column]: the pair of the two codes, null on the diagonal or without co-occurrence. */
  readonly cells: readonly (readonly (CooccurrencePair | null)[])[];
  /** The largest value of the measure, for the colour scale. */
  readonly max: number;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export function measureOf(pair: CooccurrencePair, measure: HeatmapMeasure): number {
  return measure === 'count' ? pair.count : (pair.c ?? 0);
}

/**
 * Average-linkage agglomerative clustering on the distance 1 − c, read off as a leaf order:
 * codes that go together end up side by side, so blocks show in the heatmap. Deterministic:
 * ties merge the pair that comes first in the input order.
 */
export function clusteredOrder(
  codes: readonly HeatmapCode[],
  similarity: (a: number, b: number) => number,
): HeatmapCode[] {
  let clusters = codes.map((code) => ({ members: [code] }));
  const linkage = (x: readonly HeatmapCode[], y: readonly HeatmapCode[]): number => {
    let sum = 0;
    for (const a of x) for (const b of y) sum += similarity(a.id, b.id);
    return sum / (x.length * y.length);
  };
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, value: -Infinity };
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const value = linkage(clusters[i]?.members ?? [], clusters[j]?.members ?? []);
        if (value > best.value) best = { i, j, value };
      }
    }
    const merged = { members: [...(clusters[best.i]?.members ?? []), ...(clusters[best.j]?.members ?? [])] };
    clusters = clusters.filter((_, index) => index !== best.i && index !== best.j);
    clusters.splice(best.i, 0, merged);
  }
  return clusters[0]?.members ?? [];
}

/** The code × code grid of a co-occurrence result, in the chosen order. */
export function buildHeatmap(
  result: CooccurrenceResult,
  measure: HeatmapMeasure,
  order: HeatmapOrder,
): HeatmapModel {
  const pairs = new Map(result.pairs.map((pair) => [pairKey(pair.aId, pair.bId), pair]));
  // Codes without any coding in scope carry no information: leave them out.
  const used = result.codes.filter((code) => code.n > 0);
  const byName = [...used].sort((x, y) => x.name.localeCompare(y.name));
  const codes =
    order === 'name'
      ? byName
      : order === 'frequency'
        ? [...byName].sort((x, y) => y.n - x.n)
        : clusteredOrder(byName, (a, b) => pairs.get(pairKey(a, b))?.c ?? 0);
  const cells = codes.map((row) =>
    codes.map((column) => (row.id === column.id ? null : (pairs.get(pairKey(row.id, column.id)) ?? null))),
  );
  const max = Math.max(0, ...result.pairs.map((pair) => measureOf(pair, measure)));
  return { codes, cells, max };
}
