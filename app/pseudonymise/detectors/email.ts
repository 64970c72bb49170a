import { regexFindings, type Finding } from '../finding.ts';

// Local part and domain as people write them (accents allowed, e.g. "élodie@exemple.fr");
// the top-level domain needs two letters, so "a@b" or "10@20" are not addresses.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function detectEmails(text: string): Finding[] {
  // Most texts have no @ at all: one search instead of the pattern tried at every word.
  if (!text.includes('@')) return [];
  return regexFindings(text, EMAIL, 'email');
}
