import type { KeywordInContext, KeywordsInContext } from '../contract/words.ts';
import { contextBounds } from '../text/contextCut.ts';
import { wordKeys } from './count.ts';
import { turnAt, type WordIndex } from './wordIndex.ts';

export interface KeywordsInContextOptions {
  readonly key: string;
  readonly stem: boolean;
  readonly allSpeakers: boolean;
  readonly documentIds: ReadonlySet<number> | null;
  readonly context: number;
  readonly limit: number;
}

const NO_STOP_WORDS = { fr: new Set<string>(), en: new Set<string>() };

/** Line breaks and runs of spaces shown as one space, so that each line stays a line. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/**
 * Every occurrence of a word (its form, or any form of its stem) in the turns counted, in
 * document order, with its context cut at a word or sentence edge within its turn.
 */
export function keywordsInContext(index: WordIndex, options: KeywordsInContextOptions): KeywordsInContext {
  const { keys, keyOf } = wordKeys(index, {
    stem: options.stem,
    minLength: 1,
    allSpeakers: options.allSpeakers,
    stopWords: NO_STOP_WORDS,
    documentIds: options.documentIds,
    within: null,
  });
  const wanted = keys.indexOf(options.key);
  const lines: KeywordInContext[] = [];
  let total = 0;
  if (wanted < 0) return { total, lines };
  for (const document of index.documents) {
    if (options.documentIds !== null && !options.documentIds.has(document.id)) continue;
    const of = keyOf[document.language];
    for (let i = 0; i < document.forms.length; i++) {
      if (of[document.forms[i] ?? 0] !== wanted) continue;
      if (!options.allSpeakers && document.interviewer[i] === 1) continue;
      total++;
      if (lines.length >= options.limit) continue;
      const start = document.starts[i] ?? 0;
      const end = document.ends[i] ?? 0;
      const turn = turnAt(document, start) ?? {
        start: 0,
        end: document.text.length,
        speaker: null,
      };
      const { from, to } = contextBounds(document.text, { start, end }, turn, options.context);
      lines.push({
        documentId: document.id,
        documentName: document.name,
        start,
        end,
        lineStart: from,
        lineEnd: to,
        before: oneLine(document.text.slice(from, start)),
        match: document.text.slice(start, end),
        after: oneLine(document.text.slice(end, to)),
        speaker: turn.speaker,
      });
    }
  }
  return { total, lines };
}
