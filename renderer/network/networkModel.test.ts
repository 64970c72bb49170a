import { describe, expect, it } from 'vitest';
import type { CooccurrencePair, CooccurrenceResult } from '../../app/contract/index.ts';
import { buildNetwork, MAX_RADIUS, MIN_RADIUS, networkGraph } from './networkModel.ts';

function pair(aId: number, bId: number, count: number, c: number | null): CooccurrencePair {
  return { a: `code ${aId}`, b: `code ${bId}`, aId, bId, count, c, shareA: 0, shareB: 0, warnings: [] };
}

const result: CooccurrenceResult = {
  scope: 'overlap',
  codes: [
    { id: 1, name: 'triple journée', n: 16 },
    { id: 2, name: 'opacité', n: 4 },
    { id: 3, name: 'éthique', n: 1 },
    { id: 4, name: 'isolement', n: 9 },
    { id: 5, name: 'unused', n: 0 },
  ],
  pairs: [pair(1, 2, 3, 0.18), pair(1, 4, 6, 0.32), pair(2, 3, 1, null), pair(2, 4, 0, 0)],
};

describe('networkGraph', () => {
  it('makes a node per used code, its area growing with its codings', () => {
    const { nodes } = networkGraph(result, 'count', 0);
    expect(nodes.map((node) => node.id)).toEqual([1, 2, 3, 4]);
    expect(nodes[0]?.radius).toBe(MAX_RADIUS);
    // n = 4 is a quarter of 16: half the radius span.
    expect(nodes[1]?.radius).toBeCloseTo(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) / 2);
  });

  it('weights edges by count or c and hides those below the threshold', () => {
    const byCount = networkGraph(result, 'count', 3);
    expect(byCount.edges.map((edge) => [edge.pair.aId, edge.pair.bId, edge.weight])).toEqual([
      [1, 2, 3],
      [1, 4, 6],
    ]);
    expect(byCount.maxWeight).toBe(6);
    expect(byCount.edges[1]?.width).toBeGreaterThan(byCount.edges[0]?.width ?? Infinity);
    // A pair whose c is undefined has no c edge; pairs that never co-occur have no edge.
    const byC = networkGraph(result, 'c', 0);
    expect(byC.edges.map((edge) => edge.weight)).toEqual([0.18, 0.32]);
    expect(networkGraph(result, 'c', 0.2).edges.map((edge) => edge.weight)).toEqual([0.32]);
  });
});

describe('buildNetwork', () => {
  it('lays out the same graph at the same places every time, inside the drawing', () => {
    const first = buildNetwork(result, 'count', 0, 800, 500);
    const second = buildNetwork(structuredClone(result), 'count', 0, 800, 500);
    expect(second.nodes).toEqual(first.nodes);
    for (const node of first.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(800);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(500);
    }
    // Not all piled up: the layout spreads the nodes apart.
    const distinct = new Set(first.nodes.map((node) => `${node.x},${node.y}`));
    expect(distinct.size).toBe(first.nodes.length);
  });

  it('keeps codes that co-occur closer than codes that do not', () => {
    const { nodes } = buildNetwork(result, 'count', 0);
    const at = (id: number) => nodes.find((node) => node.id === id) ?? { x: 0, y: 0 };
    const distance = (a: number, b: number) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance(1, 4)).toBeLessThan(distance(3, 4));
  });
});
