import { hasDigit, type Finding } from '../finding.ts';

// Not preceded or followed by a digit or a digit separator that would make the number part of
// a longer one (an amount "1 500 000", an identifier, a date "06.12.2019").
const BEFORE = String.raw`(?<![\p{N}+]|\p{N}[ .\-/])`;
const AFTER = String.raw`(?![\p{N}]|[ .\-/,]\p{N})`;

// French national form: ten digits starting with 0, in pairs, with one consistent separator
// (space, dot, hyphen) or none: 06 12 34 56 78, 06.12.34.56.78, 0612345678. The
// back-reference keeps "01.02.2019 12" (a date) from passing as a number.
const FRENCH = String.raw`0[1-9]([ .\-]?)\d{2}(?:\1\d{2}){3}`;

// French international form: +33 6 12 34 56 78, +33 (0)6 12 34 56 78, 0033 6 12 34 56 78.
const FRENCH_INTERNATIONAL = String.raw`(?:\+|00)33[ .\-]?(?:\(0\)[ .\-]?)?[1-9](?:[ .\-]?\d{2}){4}`;

// Any other international number written with a leading +: groups of digits after a
// country code, 8 to 15 digits in all (E.164), e.g. +44 20 7946 0958, +1 415 555 0100.
const INTERNATIONAL = String.raw`\+[1-9]\d{0,2}(?:[ .\-]?(?:\(\d{1,4}\)|\d{1,5})){1,6}`;

const PHONE = new RegExp(`${BEFORE}(?:${FRENCH_INTERNATIONAL}|${INTERNATIONAL}|${FRENCH})${AFTER}`, 'gu');

function digitCount(value: string): number {
  return value.replace(/\D/gu, '').length;
}

export function detectPhones(text: string): Finding[] {
  if (!hasDigit(text)) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(PHONE)) {
    const value = match[0];
    if (value.startsWith('+')) {
      const digits = digitCount(value.replace(/\(0\)/u, ''));
      if (digits < 8 || digits > 15) continue;
    }
    findings.push({ kind: 'phone', text: value, start: match.index, end: match.index + value.length });
  }
  return findings;
}
