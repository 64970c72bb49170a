import { detectEmails } from './detectors/email.ts';
import { detectIbans } from './detectors/iban.ts';
import { detectNames } from './detectors/names.ts';
import { detectNirs } from './detectors/nir.ts';
import { detectPhones } from './detectors/phone.ts';
import { detectPostcodes } from './detectors/postcode.ts';
import { detectUrls } from './detectors/url.ts';
import type { Detector, Finding, FindingKind } from './finding.ts';

export type { Finding, FindingKind } from './finding.ts';

/** Most specific first: on equal length, an e-mail beats the URL or name inside it. */
const DETECTORS: readonly (readonly [FindingKind, Detector])[] = [
  ['email', detectEmails],
  ['url', detectUrls],
  ['iban', detectIbans],
  ['nir', detectNirs],
  ['phone', detectPhones],
  ['postcode', detectPostcodes],
  ['name', detectNames],
];

const RANK = new Map(DETECTORS.map(([kind], index) => [kind, index]));

/**
 * Likely identifiers in a text, sorted by start and non-overlapping: where two findings
 * overlap, the longer one wins, then the more specific kind (an e-mail address over the name
 * inside it, a phone number over a postcode-like digit run).
 */
export function scanText(text: string): Finding[] {
  const all = DETECTORS.flatMap(([, detect]) => detect(text));
  const byPreference = [...all].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0) ||
      a.start - b.start,
  );
  // `kept` stays sorted by start and non-overlapping, so one binary search finds the only
  // neighbours a new finding could overlap.
  const kept: Finding[] = [];
  for (const finding of byPreference) {
    const index = firstStartingAfter(kept, finding.start);
    const before = kept[index - 1];
    const after = kept[index];
    if ((before && before.end > finding.start) || (after && after.start < finding.end)) continue;
    kept.splice(index, 0, finding);
  }
  return kept;
}

/** Index of the first finding whose start is after `start` (findings sorted by start). */
function firstStartingAfter(findings: readonly Finding[], start: number): number {
  let low = 0;
  let high = findings.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((findings[middle]?.start ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}
