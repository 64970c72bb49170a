import { hasDigit, type Finding } from '../finding.ts';

// A town: a capitalised word, hyphenated parts in any case (Aix-en-Provence, Saint-Étienne),
// all capitals (PARIS), or an article then a capitalised word (Le Havre, La Rochelle, L'Isle-Adam),
// with an optional CEDEX.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*`;
const ARTICLE = String.raw`(?:(?:Le|La|Les) |L['’])`;
const TOWN = String.raw`(?:${ARTICLE})?${WORD}(?: (?:CEDEX|Cedex)(?: \d{1,2})?)?`;
const POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{5}) (${TOWN})(?![\p{L}\p{N}])`, 'gu');

// Capitalised words that follow a five-digit number without being towns.
const NOT_TOWNS = new Set(['euros', 'euro', 'eur', 'dollars', 'habitants', 'personnes', 'km', 'kilomètres']);

/** 01–95 (Corsica's codes start with 20) and the overseas 97x and 98x; never 00 or 96. */
export function isPostcodePrefix(code: string): boolean {
  const department = Number(code.slice(0, 2));
  return (department >= 1 && department <= 95) || department === 97 || department === 98;
}

export function detectPostcodes(text: string): Finding[] {
  if (!hasDigit(text)) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const [value, code = '', town = ''] = match;
    if (!isPostcodePrefix(code) || NOT_TOWNS.has(town.toLowerCase())) continue;
    findings.push({ kind: 'postcode', text: value, start: match.index, end: match.index + value.length });
  }
  return findings;
}
