import type { TFunction } from 'i18next';
import { AGREEMENT_DECISIONS } from '../../app/contract/index.ts';
import type { AgreementDecision, HistoryPhrase } from '../../app/contract/index.ts';

/**
 * What a change did, in the interface's language: its phrase translated, or the stored
 * English summary for changes recorded before phrases existed. A settled disagreement says
 * its decision as the review's buttons do.
 */
export function describeChange(t: TFunction, summary: string, phrase: HistoryPhrase | null): string {
  if (phrase === null) return summary;
  const { decision, coderA, coderB } = phrase.values;
  const what =
    typeof decision === 'string' && (AGREEMENT_DECISIONS as readonly string[]).includes(decision)
      ? t(`agreement.decisions.${decision as AgreementDecision}`, { a: coderA, b: coderB })
      : phrase.values.what;
  return t(`history.phrases.${phrase.key}`, { ...phrase.values, what });
}
