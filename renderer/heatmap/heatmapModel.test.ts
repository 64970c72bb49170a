import { describe, expect, it } from 'vitest';
import type { CooccurrencePair, CooccurrenceResult } from '../../app/contract/index.ts';
import { buildHeatmap, clusteredOrder } from './heatmapModel.ts';

function pair(aId: number, bId: number, count: number, c: number): CooccurrencePair {
  return { a: `c${aId}`, b: `c${bId}`, aId, bId, count, c, shareA: 0, shareB: 0, warnings: [] };
}

const result: CooccurrenceResult = {
  scope: 'overlap',
  codes: [
    { id: 1, name: 'opacité', n: 10 },
    { id: 2, name: 'éthique', n: 4 },
    { id: 3, name: 'isolement', n: 6 },
    { id: 4, name: 'triple journée', n: 8 },
    { id: 5, name: 'inutilisé', n: 0 },
  ],
  pairs: [pair(1, 2, 3, 0.27), pair(3, 4, 5, 0.56), pair(1, 4, 1, 0.06)],
};

describe('buildHeatmap', () => {
  it('orders by name, leaves out unused codes, is symmetric with an empty diagonal', () => {
    const model = buildHeatmap(result, 'count', 'name');
    expect(model.codes.map((code) => code.name)).toEqual([
      'éthique',
      'isolement',
      'opacité',
      'triple journée',
    ]);
    expect(model.cells[0]?.[0]).toBeNull();
    expect(model.cells[0]?.[2]?.count).toBe(3);
    expect(model.cells[2]?.[0]?.count).toBe(3);
    expect(model.cells[0]?.[1]).toBeNull();
    expect(model.max).toBe(5);
  });

  it('orders by frequency, and takes c as the measure', () => {
    const model = buildHeatmap(result, 'c', 'frequency');
    expect(model.codes.map((code) => code.id)).toEqual([1, 4, 3, 2]);
    expect(model.max).toBe(0.56);
  });

  it('puts codes that go together side by side when clustered', () => {
    const order = buildHeatmap(result, 'c', 'clustered').codes.map((code) => code.id);
    const adjacent = (a: number, b: number) => Math.abs(order.indexOf(a) - order.indexOf(b)) === 1;
    expect(adjacent(3, 4)).toBe(true);
    expect(adjacent(1, 2)).toBe(true);
  });
});

describe('clusteredOrder', () => {
  it('keeps every code exactly once', () => {
    const codes = [1, 2, 3, 4, 5, 6].map((id) => ({ id, name: `c${id}`, n: 1 }));
    const order = clusteredOrder(codes, (a, b) => (a % 2 === b % 2 ? 0.9 : 0.1));
    expect([...order.map((code) => code.id)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // Odd codes together, even codes together.
    const parity = (order[0]?.id ?? 0) % 2;
    expect(order.slice(0, 3).every((code) => code.id % 2 === parity)).toBe(true);
  });
});
