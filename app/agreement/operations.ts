import { randomUUID } from 'node:crypto';
import {
  getCoderByName,
  insertCoding,
  listCodes,
  listCodingsOfDocument,
  getDocument,
  listSegments,
  updateCodingRange,
  type Db,
  type SegmentRow,
} from '../../db/index.ts';
import { loadAgreementData, type AgreementData } from '../agreement/agreementData.ts';
import type { AgreementUnit } from '../agreement/codedSpans.ts';
import { cohensKappa } from '../agreement/cohensKappa.ts';
import { DECISION_KIND, decisionMeta, placeKey, recordedDecisions } from '../agreement/decisionEvents.ts';
import { disagreementPlaces } from '../agreement/disagreementPlaces.ts';
import { krippendorffAlphaNominal } from '../agreement/krippendorffAlpha.ts';
import { percentAgreement } from '../agreement/percentAgreement.ts';
import { undefinedBecause, type Statistic } from '../agreement/reliabilityData.ts';
import { planResolution, type PlannedCoding } from '../agreement/resolutionPlan.ts';
import { pool, rowsOfPatterns, tabulate, unitTotals, type PatternCounts } from '../agreement/unitTables.ts';
import type { AgreementDecision, AgreementFigures, DisagreementPlace } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { removeCoding } from '../history/removal.ts';
import { checkRange } from '../text/offsets.ts';
import { rangeProblemError } from '../text/rangeError.ts';
import { quoteTurns } from '../text/quoteTurns.ts';
import { requireCode } from '../codes/require.ts';
import { requireDocument } from '../documents/require.ts';
import { mutation, read, type OperationGroup } from '../registration/registry.ts';

/** Longest text shown for a place; a document-level place would otherwise be a whole interview. */
const PLACE_TEXT = 400;

function figures(counts: PatternCounts, coderCount: number): AgreementFigures {
  const rows = rowsOfPatterns(counts, coderCount);
  const percent = percentAgreement(rows);
  const kappa =
    coderCount === 2
      ? cohensKappa(rows)
      : undefinedBecause("Cohen's kappa compares exactly two coders; read alpha for more");
  const alpha = krippendorffAlphaNominal(rows);
  const reasons: { percent?: string; kappa?: string; alpha?: string } = {};
  const note = (name: 'percent' | 'kappa' | 'alpha', statistic: Statistic): void => {
    if (statistic.reason !== null) reasons[name] = statistic.reason;
  };
  note('percent', percent);
  note('kappa', kappa);
  note('alpha', alpha);
  return {
    percent: percent.value,
    kappa: kappa.value,
    alpha: alpha.value,
    reasons,
    ...unitTotals(counts, coderCount),
  };
}

/** The codes compared: those asked for, else those any chosen coder applied in the documents. */
function chosenCodes(db: Db, data: AgreementData, codeIds: readonly number[] | undefined) {
  if (codeIds) return codeIds.map((id) => requireCode(db, id));
  const used = new Set(data.spans.map((span) => span.codeId));
  return listCodes(db).filter((code) => used.has(code.id));
}

function byName(x: { name: string }, y: { name: string }): number {
  return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}

function describeDecision(decision: AgreementDecision, coderA: string, coderB: string): string {
  if (decision === 'keepA') return `keep ${coderA}'s coding`;
  if (decision === 'keepB') return `keep ${coderB}'s coding`;
  return decision === 'keepBoth' ? 'keep both' : 'remove both';
}

function listPlaces(db: Db, unit: AgreementUnit, data: AgreementData, codeId: number): DisagreementPlace[] {
  const spans = data.spans.filter((span) => span.codeId === codeId);
  const places = disagreementPlaces(unit, data.documents, spans, data.coders);
  const documents = new Map(data.documents.map((document) => [document.id, document]));
  const decisions = recordedDecisions(db, data.coders);
  const texts = new Map<number, { text: string; quotes: Map<number, string>; turns: SegmentRow[] }>();
  const textOf = (documentId: number) => {
    let entry = texts.get(documentId);
    if (!entry) {
      const quotes = new Map(listCodingsOfDocument(db, documentId).map((row) => [row.id, row.quote]));
      const turns = listSegments(db, documentId);
      entry = { text: getDocument(db, documentId)?.text ?? '', quotes, turns };
      texts.set(documentId, entry);
    }
    return entry;
  };
  const cut = (text: string) => (text.length > PLACE_TEXT ? `${text.slice(0, PLACE_TEXT)}…` : text);
  return places.map((place) => {
    const document = documents.get(place.documentId);
    const { text, quotes, turns } = textOf(place.documentId);
    const excerpt = text.slice(place.start, place.end);
    const parts = quoteTurns({ start: place.start, end: place.end, quote: excerpt }, turns);
    const segment = document?.segments.find((s) => s.start <= place.start && place.start < s.end);
    return {
      documentId: place.documentId,
      documentName: document?.name ?? '',
      start: place.start,
      end: place.end,
      text: cut(excerpt),
      speaker: segment?.speaker ?? null,
      turns: parts?.map((part) => ({ ...part, quote: cut(part.quote) })) ?? null,
      byCoder: place.byCoder.map((codings, index) => ({
        coder: data.coders[index] ?? '',
        covered: codings.length > 0,
        codingIds: codings.map((coding) => coding.id),
        codings: codings.map(({ id, start, end }) => ({ id, start, end, quote: quotes.get(id) ?? '' })),
      })),
      resolution: decisions.get(placeKey(codeId, place.documentId, place.start, place.end)) ?? null,
    };
  });
}

/** Agreement compares coders: refused in blind mode, which hides the others' codings. */
const COMPARES = { visibility: 'allCoders' } as const;

export const agreementOperations = {
  'agreement/compute': read(({ coders, unit, codeIds, documentIds }, session) => {
    const db = session.db();
    const data = loadAgreementData(db, coders, documentIds, unit === 'segment');
    const codes = chosenCodes(db, data, codeIds);
    const tables = tabulate(
      unit,
      data.documents,
      data.spans,
      coders,
      codes.map((code) => code.id),
    );
    const empty: PatternCounts = new Map();
    return {
      unit,
      coders,
      documents: data.documents.map(({ id, name }) => ({ id, name })),
      codes: codes
        .map((code) => ({
          codeId: code.id,
          name: code.name,
          ...figures(tables.get(code.id) ?? empty, coders.length),
        }))
        .sort(byName),
      pooled: figures(pool(tables.values()), coders.length),
    };
  }, COMPARES),
  'agreement/disagreements': read(({ coders, unit, codeId, documentIds }, session) => {
    const db = session.db();
    requireCode(db, codeId);
    return listPlaces(db, unit, loadAgreementData(db, coders, documentIds, true), codeId);
  }, COMPARES),
  // One transaction: the coding changes and the decision that explains them.
  'agreement/resolve': mutation(
    { kind: DECISION_KIND, recordUnchanged: true, visibility: 'allCoders' },
    ({ codeId, documentId, start, end, decision, coders, note }, { db, changes, describe }) => {
      const [coderA, coderB] = coders;
      const code = requireCode(db, codeId);
      const document = requireDocument(db, documentId);
      const problem = checkRange(document.text, start, end);
      if (problem) {
        throw rangeProblemError(problem, start, end, document.text.length);
      }
      const ids = coders.map((name) => {
        const coder = getCoderByName(db, name);
        if (!coder)
          throw new AppError('NOT_FOUND', `There is no coder "${name}" in this project.`, {
            key: 'coderNotFound',
            params: { name },
          });
        return coder.id;
      });
      const codings: PlannedCoding[] = listCodingsOfDocument(db, documentId)
        .filter((row) => row.codeId === codeId && (row.coder === coderA || row.coder === coderB))
        .map((row) => ({
          id: row.id,
          coder: row.coder === coderA ? 'A' : 'B',
          start: row.start,
          end: row.end,
        }));
      const counts = { removed: 0, created: 0, adjusted: 0 };
      for (const operation of planResolution(decision, { start, end }, codings)) {
        if (operation.kind === 'delete') {
          removeCoding(db, changes, operation.id);
          counts.removed += 1;
        } else if (operation.kind === 'update') {
          const { id, start: from, end: to } = operation;
          changes.update('codings', id, () =>
            updateCodingRange(db, id, from, to, document.text.slice(from, to)),
          );
          counts.adjusted += 1;
        } else {
          const id = insertCoding(db, {
            guid: randomUUID(),
            documentId,
            codeId,
            coderId: (operation.coder === 'A' ? ids[0] : ids[1]) ?? 0,
            start: operation.start,
            end: operation.end,
            quote: document.text.slice(operation.start, operation.end),
            createdAt: new Date().toISOString(),
          });
          changes.inserted('codings', id);
          counts.created += 1;
        }
      }
      const what = describeDecision(decision, coderA, coderB);
      describe(
        {
          key: 'disagreementSettle',
          values: { name: code.name, document: document.name, coderA, coderB, what, decision },
        },
        {
          meta: decisionMeta({ decision, codeId, documentId, start, end, coderA, coderB, note: note ?? '' }),
        },
      );
      return { decision, ...counts };
    },
  ),
} satisfies OperationGroup;
