import { listAllCodingSpans, listCodes, listExcerptsByIds } from '../../db/index.ts';
import type { CooccurrenceInstance, CooccurrencePair, CooccurrenceResult } from '../contract/types.ts';
import { cCoefficient, countOverlaps, forEachOverlap } from '../analysis/cooccurrence.ts';
import { requireCode } from './codes.ts';
import type { HandlerGroup } from './registry.ts';

export const analysisHandlers: HandlerGroup = {
  'analysis/cooccurrence': ({ scope }, session): CooccurrenceResult => {
    const db = session.db();
    const codes = listCodes(db);
    const byId = new Map(codes.map((code) => [code.id, code]));
    const pairs: CooccurrencePair[] = [];
    for (const { codeA, codeB, count } of countOverlaps(listAllCodingSpans(db))) {
      const first = byId.get(codeA);
      const second = byId.get(codeB);
      if (!first || !second) continue;
      // Pairs are named a < b by name (code-unit order, as the CLI documents).
      const [a, b] = first.name < second.name ? [first, second] : [second, first];
      pairs.push({
        a: a.name,
        b: b.name,
        aId: a.id,
        bId: b.id,
        count,
        c: cCoefficient(count, a.codingCount, b.codingCount),
      });
    }
    pairs.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));
    return {
      scope,
      codes: codes
        .map((code) => ({ id: code.id, name: code.name, n: code.codingCount }))
        .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)),
      pairs,
    };
  },
  'analysis/cooccurrenceExcerpts': ({ codeA, codeB }, session): CooccurrenceInstance[] => {
    const db = session.db();
    requireCode(db, codeA);
    requireCode(db, codeB);
    const spans = listAllCodingSpans(db).filter((span) => span.codeId === codeA || span.codeId === codeB);
    const found: [number, number][] = [];
    forEachOverlap(spans, (first, second) => {
      const [a, b] = first.codeId === codeA ? [first, second] : [second, first];
      found.push([a.id, b.id]);
    });
    const excerpts = new Map(
      listExcerptsByIds(db, [...new Set(found.flat())]).map((excerpt) => [excerpt.codingId, excerpt]),
    );
    return found.flatMap(([a, b]) => {
      const first = excerpts.get(a);
      const second = excerpts.get(b);
      return first && second ? [{ a: first, b: second }] : [];
    });
  },
};
