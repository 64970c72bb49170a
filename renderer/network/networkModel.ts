import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { CooccurrencePair, CooccurrenceResult } from '../../app/contract/index.ts';

/**
 * The co-occurrence network (docs/ANALYSIS.md): the codes of a co-occurrence answer as nodes
 * sized by their number of codings, the pairs as edges weighted by count or by c. Edges whose
 * weight is below the threshold are hidden (a pair whose c is undefined has no c edge).
 */

export type EdgeWeight = 'count' | 'c';

export interface NetworkNode {
  readonly id: number;
  readonly name: string;
  /** Number of codings of the code (in the filtered documents). */
  readonly n: number;
  readonly radius: number;
  readonly x: number;
  readonly y: number;
}

export interface NetworkEdge {
  readonly pair: CooccurrencePair;
  readonly weight: number;
  readonly width: number;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** The largest weight of any edge before the threshold: the slider's end. */
  readonly maxWeight: number;
  readonly width: number;
  readonly height: number;
}

export const MIN_RADIUS = 6;
export const MAX_RADIUS = 24;
const MAX_EDGE_WIDTH = 8;
// Room left around the drawing for the labels beside the outermost nodes.
const MARGIN_X = 120;
const MARGIN_Y = 30;

export function edgeWeight(pair: CooccurrencePair, weight: EdgeWeight): number | null {
  return weight === 'count' ? pair.count : pair.c;
}

/** Nodes and the edges at or above the threshold, before layout. */
export function networkGraph(
  result: CooccurrenceResult,
  weight: EdgeWeight,
  threshold: number,
): {
  nodes: { id: number; name: string; n: number; radius: number }[];
  edges: NetworkEdge[];
  maxWeight: number;
} {
  const codes = result.codes.filter((code) => code.n > 0);
  const maxN = Math.max(1, ...codes.map((code) => code.n));
  const nodes = codes
    .map((code) => ({
      id: code.id,
      name: code.name,
      n: code.n,
      // Area, not radius, grows with n.
      radius: MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(code.n / maxN),
    }))
    .sort((x, y) => x.id - y.id);
  const known = new Set(nodes.map((node) => node.id));
  const weighted = result.pairs
    .filter((pair) => pair.count > 0 && known.has(pair.aId) && known.has(pair.bId))
    .map((pair) => ({ pair, weight: edgeWeight(pair, weight) }))
    .filter(
      (edge): edge is { pair: CooccurrencePair; weight: number } => edge.weight !== null && edge.weight > 0,
    );
  const maxWeight = Math.max(0, ...weighted.map((edge) => edge.weight));
  const edges = weighted
    .filter((edge) => edge.weight >= threshold)
    .map((edge) => ({ ...edge, width: 1 + (MAX_EDGE_WIDTH - 1) * (edge.weight / (maxWeight || 1)) }))
    .sort((x, y) => x.pair.aId - y.pair.aId || x.pair.bId - y.pair.bId);
  return { nodes, edges, maxWeight };
}

interface SimNode extends SimulationNodeDatum {
  readonly id: number;
  readonly radius: number;
}

/** A fixed pseudo-random sequence (LCG), so that d3's jiggle of coinciding nodes repeats. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Places the nodes with d3-force, run to the end synchronously from fixed starting places
 * (a circle in id order) and a seeded random source: the same graph always gets the same
 * drawing. Then scales it into width × height.
 */
export function layoutNetwork(
  graph: ReturnType<typeof networkGraph>,
  width: number,
  height: number,
): Network {
  const count = graph.nodes.length;
  const simNodes: SimNode[] = graph.nodes.map((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, count);
    return { id: node.id, radius: node.radius, x: 200 * Math.cos(angle), y: 200 * Math.sin(angle) };
  });
  const links: SimulationLinkDatum<SimNode>[] = graph.edges.map((edge) => ({
    source: edge.pair.aId,
    target: edge.pair.bId,
  }));
  const strongest = graph.edges.reduce((max, edge) => Math.max(max, edge.weight), 0) || 1;
  const strength = new Map(
    graph.edges.map((edge) => [`${edge.pair.aId}:${edge.pair.bId}`, edge.weight / strongest]),
  );
  const simulation = forceSimulation(simNodes)
    .randomSource(seeded(1))
    // Twice d3's default cooling: about 135 ticks instead of 300, the same drawing to the eye
    // at half the time on a 60-code project (tests/bench/network.ts).
    .alphaDecay(0.05)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
        .id((node) => node.id)
        .distance(140)
        .strength((link) => {
          const a = (link.source as SimNode).id;
          const b = (link.target as SimNode).id;
          return 0.1 + 0.6 * (strength.get(`${Math.min(a, b)}:${Math.max(a, b)}`) ?? 0);
        }),
    )
    .force('charge', forceManyBody<SimNode>().strength(-600))
    .force('center', forceCenter(0, 0))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.radius + 40),
    )
    .stop();
  // Ticks until alpha falls below alphaMin: what the simulation would run if left alone.
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  simulation.tick(ticks);

  const xs = simNodes.map((node) => node.x ?? 0);
  const ys = simNodes.map((node) => node.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min((width - 2 * MARGIN_X) / spanX, (height - 2 * MARGIN_Y) / spanY, 1.5);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const nodes = graph.nodes.map((node, index) => ({
    ...node,
    x: count === 1 ? width / 2 : round(offsetX + ((xs[index] ?? 0) - minX) * scale),
    y: count === 1 ? height / 2 : round(offsetY + ((ys[index] ?? 0) - minY) * scale),
  }));
  return { nodes, edges: graph.edges, maxWeight: graph.maxWeight, width, height };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function buildNetwork(
  result: CooccurrenceResult,
  weight: EdgeWeight,
  threshold: number,
  width = 680,
  height = 420,
): Network {
  return layoutNetwork(networkGraph(result, weight, threshold), width, height);
}
