import { hasDigit, type Finding } from '../finding.ts';

// Country code, two check digits, then the account in groups (of four when spaced).
const CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![\p{L}\p{N}])/gu;

/** ISO 13616 check: move the first four characters to the end, letters to 10..35, mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const compact = value.replace(/ /gu, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/u.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export function detectIbans(text: string): Finding[] {
  if (!hasDigit(text)) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    // The candidate may have swallowed a word after the account ("… 189 EUR"); drop trailing
    // space-separated groups until the checksum holds.
    const groups = match[0].split(' ');
    for (let count = groups.length; count >= 1; count -= 1) {
      const value = groups.slice(0, count).join(' ');
      if (isValidIban(value)) {
        findings.push({ kind: 'iban', text: value, start: match.index, end: match.index + value.length });
        break;
      }
    }
  }
  return findings;
}
