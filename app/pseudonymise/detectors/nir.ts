import { hasDigit, type Finding } from '../finding.ts';

// Sex (1 or 2), year, month, département (two digits, or 2A/2B for Corsica), commune, order
// number, then the two-digit key; one optional space between groups: 1 85 05 78 006 084 36.
const NIR =
  /(?<![\p{L}\p{N}])[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\p{L}\p{N}]|[ .]\d)/gu;

/** The key is 97 − (number mod 97); Corsica's 2A and 2B count as 19 and 18. */
export function isValidNir(value: string): boolean {
  const compact = value.replace(/ /gu, '');
  if (!/^[12]\d{4}(?:\d{2}|2[AB])\d{8}$/u.test(compact)) return false;
  const body = compact.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const key = Number(compact.slice(13));
  // 13 digits stay below 2^53, so Number arithmetic is exact.
  return key === 97 - (Number(body) % 97);
}

export function detectNirs(text: string): Finding[] {
  if (!hasDigit(text)) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(NIR)) {
    if (!isValidNir(match[0])) continue;
    findings.push({ kind: 'nir', text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return findings;
}
