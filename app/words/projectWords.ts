import { deleteSetting, getSetting, listDocumentTexts, setSetting, type Db } from '../../db/index.ts';
import { cached } from '../analysis/dataCache.ts';
import { projectSegments } from '../analysis/projectData.ts';
import { WORD_LANGUAGES, type WordLanguage } from '../contract/enums.ts';
import type { StopWordLists } from '../contract/words.ts';
import { DEFAULT_STOP_WORDS } from './language.ts';
import { foldWord } from './tokenise.ts';
import { indexWords, type TurnSpan, type WordIndex } from './wordIndex.ts';

/**
 * Every document split into words, kept until a document or a segment is written
 * (app/analysis/dataCache.ts): counting again with other options reads only this. After a
 * write, only the documents whose text or turns changed are split again.
 */
export function projectWordIndex(db: Db): WordIndex {
  return cached<WordIndex>(db, 'wordIndex', ['documents', 'segments'], (previous) => {
    const turns = new Map<number, TurnSpan[]>();
    for (const segment of projectSegments(db)) {
      let list = turns.get(segment.documentId);
      if (!list) {
        list = [];
        turns.set(segment.documentId, list);
      }
      list.push(segment);
    }
    return indexWords(
      listDocumentTexts(db).map((document) => ({ ...document, turns: turns.get(document.id) ?? [] })),
      previous,
    );
  });
}

/** The project setting keeping a language's stop words (a JSON array), absent for the shipped list. */
const settingKey = (language: WordLanguage): string => `stopWords.${language}`;

function storedList(db: Db, language: WordLanguage): string[] | null {
  const stored = getSetting(db, settingKey(language));
  if (stored === undefined) return null;
  const parsed: unknown = JSON.parse(stored);
  return Array.isArray(parsed) ? parsed.filter((word): word is string => typeof word === 'string') : null;
}

/** The project's stop words per language: its own list, else the shipped one. */
export function stopWordLists(db: Db): StopWordLists {
  const lists = {} as Record<WordLanguage, readonly string[]>;
  const edited = {} as Record<WordLanguage, boolean>;
  for (const language of WORD_LANGUAGES) {
    const stored = storedList(db, language);
    lists[language] = stored ?? DEFAULT_STOP_WORDS[language];
    edited[language] = stored !== null;
  }
  return { lists, edited };
}

/** Keeps a language's stop words in the project, folded as words are, sorted, once each; null forgets them. */
export function saveStopWords(db: Db, language: WordLanguage, words: readonly string[] | null): void {
  if (words === null) {
    deleteSetting(db, settingKey(language));
    return;
  }
  const folded = [
    ...new Set(words.map((word) => foldWord(word.trim())).filter((word) => word !== '')),
  ].sort();
  setSetting(db, settingKey(language), JSON.stringify(folded));
}
