import type { FindingKind } from '../contract/types.ts';

// The kinds are declared once, in the API contract, since findings cross the wire.
export type { FindingKind };

/** One likely identifier; start and end are UTF-16 offsets into the scanned text, [start, end). */
export interface Finding {
  readonly kind: FindingKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A detector lists every match of its kind; overlaps between kinds are resolved by scanText. */
export type Detector = (text: string) => Finding[];

const DIGIT = /[0-9]/u;

/**
 * Whether a text has an ASCII digit, which every number detector's pattern needs (`\d` is
 * ASCII with the u flag): a text without one, most quotes, skips their patterns.
 */
export function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/** Every match of a global regular expression as findings of one kind. */
export function regexFindings(
  text: string,
  pattern: RegExp,
  kind: FindingKind,
  accept: (match: string) => boolean = () => true,
): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (!accept(match[0])) continue;
    findings.push({ kind, text: match[0], start, end: start + match[0].length });
  }
  return findings;
}
