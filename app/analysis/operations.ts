import { listCodes, listExcerptsByIds } from '../../db/index.ts';
import { excerptsWithTurns } from '../analysis/excerptTurns.ts';
import { cCoefficient } from '../analysis/cooccurrence.ts';
import { filteredData, type FilteredData } from '../analysis/filters.ts';
import {
  countScope,
  forEachOccurrence,
  pairKey,
  parseScope,
  scopeName,
  type Scope,
  type UnitSpan,
} from '../analysis/scopes.ts';
import type {
  CooccurrenceInstance,
  CooccurrencePair,
  CooccurrenceResult,
  CooccurrenceWarning,
} from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { requireCode } from '../codes/require.ts';
import { buildMatrix } from './buildMatrix.ts';
import { read, type OperationGroup } from '../registration/registry.ts';

/** Below this count a co-occurrence is flagged as resting on few cases. */
const SMALL_COUNT = 5;
/** Above this ratio of n the two codes are flagged as very unequally used. */
const UNEQUAL_RATIO = 5;

function requireScope(text: string): Scope {
  const scope = parseScope(text);
  if (!scope)
    throw new AppError('INVALID_INPUT', `Unknown scope "${text}": use overlap, segment, document or near:N.`);
  return scope;
}

/** Only the segment scope reads segments (hundreds of thousands of rows in a large project). */
function segmentsFor(scope: Scope, data: FilteredData): readonly UnitSpan[] {
  return scope.kind === 'segment' ? data.segments() : [];
}

function byName<T extends { name: string }>(x: T, y: T): number {
  return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}

export function warningsFor(count: number, nA: number, nB: number): CooccurrenceWarning[] {
  const warnings: CooccurrenceWarning[] = [];
  if (count < SMALL_COUNT) warnings.push('small');
  if (Math.max(nA, nB) > UNEQUAL_RATIO * Math.min(nA, nB)) warnings.push('unequal');
  return warnings;
}

export const analysisOperations = {
  'analysis/cooccurrence': read(({ scope: scopeText, filters }, session): CooccurrenceResult => {
    const db = session.db();
    const scope = requireScope(scopeText);
    const data = filteredData(db, filters);
    const { n, counts } = countScope(scope, data.codings, segmentsFor(scope, data));
    const codes = listCodes(db).map((code) => ({ id: code.id, name: code.name, n: n.get(code.id) ?? 0 }));
    const byId = new Map(codes.map((code) => [code.id, code]));
    const pairs: CooccurrencePair[] = [];
    for (const [key, count] of counts) {
      const [first, second] = key.split(':').map((id) => byId.get(Number(id)));
      if (!first || !second) continue;
      // Pairs are named a < b by name (code-unit order), as the CLI documents.
      const [a, b] = first.name < second.name ? [first, second] : [second, first];
      pairs.push({
        a: a.name,
        b: b.name,
        aId: a.id,
        bId: b.id,
        count,
        c: cCoefficient(count, a.n, b.n),
        shareA: a.n > 0 ? count / a.n : 0,
        shareB: b.n > 0 ? count / b.n : 0,
        warnings: warningsFor(count, a.n, b.n),
      });
    }
    pairs.sort((x, y) => byName({ name: x.a }, { name: y.a }) || byName({ name: x.b }, { name: y.b }));
    return { scope: scopeName(scope), codes: codes.sort(byName), pairs };
  }),
  'analysis/cooccurrenceExcerpts': read(
    ({ scope: scopeText, codeA, codeB, filters }, session): CooccurrenceInstance[] => {
      const db = session.db();
      requireCode(db, codeA);
      requireCode(db, codeB);
      const scope = requireScope(scopeText);
      const data = filteredData(db, filters);
      const spans = data.codings.filter((coding) => coding.codeId === codeA || coding.codeId === codeB);
      const wanted = pairKey(codeA, codeB);
      const found: { a: number; b: number; unit: string | null }[] = [];
      forEachOccurrence(
        scope,
        spans,
        segmentsFor(scope, data),
        (occurrence) => {
          if (pairKey(occurrence.codeA, occurrence.codeB) !== wanted) return;
          const aFirst = occurrence.codeA === codeA;
          found.push({
            a: aFirst ? occurrence.codingA : occurrence.codingB,
            b: aFirst ? occurrence.codingB : occurrence.codingA,
            unit: occurrence.unit,
          });
        },
        true,
      );
      const excerpts = new Map(
        listExcerptsByIds(db, [...new Set(found.flatMap((pair) => [pair.a, pair.b]))])
          .map(excerptsWithTurns(db))
          .map((excerpt) => [excerpt.codingId, excerpt]),
      );
      return found.flatMap(({ a, b, unit }) => {
        const first = excerpts.get(a);
        const second = excerpts.get(b);
        return first && second ? [{ a: first, b: second, unit }] : [];
      });
    },
  ),
  // Code-by-document/attribute matrix (buildMatrix.ts); its export is exports/matrix.
  'analysis/matrix': read((request, session) => buildMatrix(session.db(), request)),
} satisfies OperationGroup;
