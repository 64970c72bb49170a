import { FIRST_NAMES } from '../data/firstNames.ts';
import { NOT_NAMES } from '../data/notNames.ts';
import type { Finding } from '../finding.ts';

// A capitalised word (Dupont, Saint-Exupéry, O'Neil) or one in capitals (DUPONT), optionally
// with a particle or article that belongs to French surnames (de Gaulle, Le Goff, d'Estaing).
const CAPITALISED = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[\-'’]\p{Lu}[\p{Ll}\p{M}]+)*`;
const CAPITALS = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})*`;
const PARTICLE = String.raw`(?:(?:de la|de|du|des|van|von|Le|La|De|Du) |d['’])`;
const SURNAME = String.raw`${PARTICLE}?(?:${CAPITALISED}|${CAPITALS})(?![\p{L}\p{N}])`;

const TITLE = String.raw`(?:M\.|MM\.|Mmes?\.?|Mlles?\.?|Monsieur|Madame|Mademoiselle|Mrs?\.?|Ms\.?|Miss|Dr\.?|Docteure?|Pr\.?|Professeure?|Maître)`;
const TITLED = new RegExp(String.raw`(?<![\p{L}\p{N}])${TITLE} (${SURNAME})(?: (${SURNAME}))?`, 'gu');

const WORD = new RegExp(String.raw`(?<![\p{L}\p{N}_'’\-])${CAPITALISED}(?![\p{L}\p{N}_])`, 'gu');
const FOLLOWING_SURNAME = new RegExp(String.raw`^ (${SURNAME})`, 'u');

/** The last word of a surname group without its particle, lower-cased: what NOT_NAMES lists. */
function coreWord(surname: string): string {
  const words = surname.split(/[ '’]/u);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function isSurname(candidate: string): boolean {
  return !NOT_NAMES.has(coreWord(candidate));
}

function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  // Compound first names count when every part is a first name: Jean-Pierre, Marie-Claire.
  return lower.split('-').every((part) => FIRST_NAMES.has(part));
}

/** People named after a title: M. Dupont, Mme Le Goff, Monsieur Durand, Mr Smith, Dr Martin. */
function titledNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(TITLED)) {
    const [, first, second] = match;
    if (first === undefined || !isSurname(first)) continue;
    let value = match[0];
    if (second !== undefined && !isSurname(second)) value = value.slice(0, value.length - second.length - 1);
    findings.push({ kind: 'name', text: value, start: match.index, end: match.index + value.length });
  }
  return findings;
}

/** A known first name, with the capitalised surname that follows it if any: Marie, Marie Dupont. */
function firstNames(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!isFirstName(match[0])) continue;
    let end = match.index + match[0].length;
    const surname = FOLLOWING_SURNAME.exec(text.slice(end, end + 80))?.[1];
    if (surname !== undefined && isSurname(surname)) end += 1 + surname.length;
    findings.push({ kind: 'name', text: text.slice(match.index, end), start: match.index, end });
  }
  return findings;
}

export function detectNames(text: string): Finding[] {
  return [...titledNames(text), ...firstNames(text)];
}
