import { listDoneEventsOfKind, type Db } from '../../db/index.ts';
import { AGREEMENT_DECISIONS } from '../contract/agreementDecisions.ts';
import type { AgreementDecision, AgreementDecisionRecord } from '../contract/types.ts';

export const DECISION_KIND = 'agreement.resolve';

/** What an event of a settled disagreement remembers (as strings, like all event meta). */
export interface DecisionFacts {
  readonly decision: AgreementDecision;
  readonly codeId: number;
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  readonly coderA: string;
  readonly coderB: string;
  readonly note: string;
}

export function placeKey(codeId: number, documentId: number, start: number, end: number): string {
  return `${codeId}:${documentId}:${start}:${end}`;
}

/**
 * The facts of a decision as event meta. The event is stored by `mutation()` with
 * `recordUnchanged` (app/agreement/operations.ts): unlike other changes it is recorded even
 * when no coding changes ("keep both"), since the decision itself is what the review must
 * keep. Undoing it restores the codings and withdraws the decision.
 */
export function decisionMeta(facts: DecisionFacts): Record<string, string> {
  return {
    ...facts,
    codeId: String(facts.codeId),
    documentId: String(facts.documentId),
    start: String(facts.start),
    end: String(facts.end),
  };
}

/** The latest decision in effect on each place, for the given pair of coders (any order). */
export function recordedDecisions(db: Db, coders: readonly string[]): Map<string, AgreementDecisionRecord> {
  const chosen = new Set(coders);
  const decisions = new Map<string, AgreementDecisionRecord>();
  for (const event of listDoneEventsOfKind(db, DECISION_KIND)) {
    const meta = JSON.parse(event.meta) as Partial<Record<keyof DecisionFacts, string>>;
    if (!meta.decision || !(AGREEMENT_DECISIONS as readonly string[]).includes(meta.decision)) continue;
    if (!chosen.has(meta.coderA ?? '') || !chosen.has(meta.coderB ?? '')) continue;
    const key = placeKey(Number(meta.codeId), Number(meta.documentId), Number(meta.start), Number(meta.end));
    decisions.set(key, {
      decision: meta.decision as AgreementDecision,
      by: event.coder,
      at: event.createdAt,
      note: meta.note ?? '',
    });
  }
  return decisions;
}
