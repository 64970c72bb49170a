import type { Finding } from '../finding.ts';

const URL_PATTERN = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"«»]+/giu;
// What every address starts with, without the look-behind that makes the pattern slow to search.
const URL_START = /https?:\/\/|www\./iu;

// Sentence punctuation right after an address belongs to the sentence, not the address.
const TRAILING = /[.,;:!?'’")\]}]+$/u;

export function detectUrls(text: string): Finding[] {
  if (!URL_START.test(text)) return [];
  const findings: Finding[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let value = match[0].replace(TRAILING, '');
    // Keep a closing parenthesis that closes one opened inside the address (Wikipedia style).
    const opened = (value.match(/\(/gu) ?? []).length - (value.match(/\)/gu) ?? []).length;
    if (opened > 0 && match[0].charAt(value.length) === ')') value += ')';
    if (/^(?:https?:\/\/|www\.)$/iu.test(value) || !/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(value)) continue;
    findings.push({ kind: 'url', text: value, start: match.index, end: match.index + value.length });
  }
  return findings;
}
