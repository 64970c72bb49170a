import type { QueryNode } from './ast.ts';
import { foldCodeName } from './names.ts';

/**
 * The evaluator of coding queries (definitions in docs/ANALYSIS.md, "Coding queries"). Pure:
 * it reads codings, codes and turn bounds given by the caller, never the database.
 * Every result is a set of ranges: a range found twice (two coders, or by both sides of OR)
 * counts once, labelled by the first coding that gave it (by code id, then coder).
 */

export interface QueryCoding {
  readonly documentId: number;
  readonly codeId: number;
  readonly coder: string;
  readonly start: number;
  readonly end: number;
}

/** A turn's bounds; the turns of a document are read in the order of their starts. */
export interface QueryTurn {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
}

export interface QueryInput {
  readonly codes: readonly { readonly id: number; readonly name: string }[];
  readonly codings: readonly QueryCoding[];
  /** Needed only by FOLLOWED BY … TURNS. */
  readonly turns: () => readonly QueryTurn[];
}

/** A code name that matches no code; `position` is its 1-based place in the expression. */
export class UnknownCodeError extends Error {
  readonly codeName: string;
  readonly position: number;
  constructor(codeName: string, position: number) {
    super(`No code is named "${codeName}" (at position ${position})`);
    this.name = 'UnknownCodeError';
    this.codeName = codeName;
    this.position = position;
  }
}

type Hit = QueryCoding;
type ByDocument = Map<number, Hit[]>;

function compareHits(x: Hit, y: Hit): number {
  return (
    x.documentId - y.documentId ||
    x.start - y.start ||
    x.end - y.end ||
    x.codeId - y.codeId ||
    (x.coder < y.coder ? -1 : x.coder > y.coder ? 1 : 0)
  );
}

/** Sorted, each range once. */
function distinct(hits: Hit[]): Hit[] {
  hits.sort(compareHits);
  return hits.filter(
    (hit, i) =>
      i === 0 ||
      hit.start !== hits[i - 1]?.start ||
      hit.end !== hits[i - 1]?.end ||
      hit.documentId !== hits[i - 1]?.documentId,
  );
}

function groupByDocument(hits: readonly Hit[]): ByDocument {
  const groups: ByDocument = new Map();
  for (const hit of hits) {
    const list = groups.get(hit.documentId);
    if (list) list.push(hit);
    else groups.set(hit.documentId, [hit]);
  }
  return groups;
}

const overlaps = (a: Hit, b: Hit): boolean => a.start < b.end && b.start < a.end;
const contains = (outer: Hit, inner: Hit): boolean => outer.start <= inner.start && inner.end <= outer.end;
const gap = (a: Hit, b: Hit): number => Math.max(0, b.start - a.end, a.start - b.end);

/** The codings of the left side for which some coding of the right side in its document holds. */
function keep(left: Hit[], right: Hit[], holds: (a: Hit, b: Hit) => boolean, wanted = true): Hit[] {
  const others = groupByDocument(right);
  return distinct(left.filter((a) => (others.get(a.documentId) ?? []).some((b) => holds(a, b)) === wanted));
}

/** Index of the turn holding `position` in a document's sorted turns (the last starting at or before it). */
function turnIndex(starts: readonly number[], position: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) <= position) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function turnStarts(turns: readonly QueryTurn[]): Map<number, number[]> {
  const starts = new Map<number, number[]>();
  for (const turn of turns) {
    const list = starts.get(turn.documentId);
    if (list) list.push(turn.start);
    else starts.set(turn.documentId, [turn.start]);
  }
  for (const list of starts.values()) list.sort((x, y) => x - y);
  return starts;
}

/** Evaluates a parsed query; throws UnknownCodeError for a name that matches no code. */
export function evaluateQuery(node: QueryNode, input: QueryInput): Hit[] {
  const idsByName = new Map<string, number[]>();
  for (const code of input.codes) {
    const key = foldCodeName(code.name);
    idsByName.set(key, [...(idsByName.get(key) ?? []), code.id]);
  }
  const codingsByCode = new Map<number, Hit[]>();
  for (const coding of input.codings) {
    const list = codingsByCode.get(coding.codeId);
    if (list) list.push(coding);
    else codingsByCode.set(coding.codeId, [coding]);
  }
  let starts: Map<number, number[]> | null = null;
  const turnOf = (documentId: number, position: number): number => {
    starts ??= turnStarts(input.turns());
    return turnIndex(starts.get(documentId) ?? [], position);
  };

  const run = (current: QueryNode): Hit[] => {
    if (current.kind === 'code') {
      const ids = idsByName.get(foldCodeName(current.name));
      if (!ids) throw new UnknownCodeError(current.name, current.position);
      return distinct(ids.flatMap((id) => codingsByCode.get(id) ?? []));
    }
    const left = run(current.left);
    const right = run(current.right);
    switch (current.kind) {
      case 'or':
        return distinct([...left, ...right]);
      case 'not':
        return keep(left, right, overlaps, false);
      case 'and': {
        const others = groupByDocument(right);
        return distinct(
          left.flatMap((a) =>
            (others.get(a.documentId) ?? [])
              .filter((b) => overlaps(a, b))
              .map((b) => ({ ...a, start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) })),
          ),
        );
      }
      case 'positional':
        if (current.op === 'OVERLAPPING') return keep(left, right, overlaps);
        return keep(left, right, (a, b) => contains(b, a), current.op === 'INSIDE');
      case 'near':
        return keep(left, right, (a, b) => gap(a, b) <= current.within);
      case 'followedBy': {
        const within = current.within;
        if (within === null) return keep(left, right, (a, b) => b.start >= a.end);
        if (current.unit === 'CHARACTERS')
          return keep(left, right, (a, b) => b.start >= a.end && b.start - a.end <= within);
        return keep(
          left,
          right,
          (a, b) =>
            b.start >= a.end &&
            turnOf(a.documentId, b.start) - turnOf(a.documentId, Math.max(a.start, a.end - 1)) <= within,
        );
      }
    }
  };
  return run(node);
}
