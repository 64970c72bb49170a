import { filteredData, filteredDocumentIds } from '../analysis/filters.ts';
import type { WordLanguage } from '../contract/enums.ts';
import { read, unrecorded, type OperationGroup } from '../registration/registry.ts';
import { countWords, mergeRanges, type TextRange } from './count.ts';
import { wordGroups } from './groups.ts';
import { keywordsInContext } from './keywordsInContext.ts';
import { projectWordIndex, saveStopWords, stopWordLists } from './projectWords.ts';

const NO_STOP_WORDS = { fr: new Set<string>(), en: new Set<string>() };

export const wordOperations = {
  'words/frequencies': read((input, session) => {
    const db = session.db();
    const index = projectWordIndex(db);
    // Codings are read only by code: the other breakdowns need only the documents in scope.
    const data =
      input.by === 'code'
        ? filteredData(db, input.filters)
        : { codings: [], documentIds: filteredDocumentIds(db, input.filters) };
    const groups = wordGroups(db, index, input.by, input.attributeId, data.codings);
    // By code, the text counted is the coded text: every coding in scope, overlaps once.
    let within: Map<number, TextRange[]> | null = null;
    if (input.by === 'code') {
      within = new Map();
      for (const coding of data.codings) {
        const ranges = within.get(coding.documentId);
        if (ranges) ranges.push(coding);
        else within.set(coding.documentId, [coding]);
      }
      for (const [id, ranges] of within) within.set(id, mergeRanges(ranges));
    }
    const lists = stopWordLists(db).lists;
    const stopWords = input.stopWords ? { fr: new Set(lists.fr), en: new Set(lists.en) } : NO_STOP_WORDS;
    const { rows, totalWords, distinctWords } = countWords(
      index,
      { ...input, stopWords, documentIds: data.documentIds, within },
      groups,
      input.limit,
    );
    const languages = { fr: 0, en: 0 } as Record<WordLanguage, number>;
    for (const document of index.documents)
      if (data.documentIds === null || data.documentIds.has(document.id)) languages[document.language]++;
    return {
      by: input.by,
      groups: groups.map(({ id, label }) => ({ id, label })),
      rows,
      totalWords,
      distinctWords,
      languages,
    };
  }),
  'words/inContext': read((input, session) => {
    const db = session.db();
    return keywordsInContext(projectWordIndex(db), {
      ...input,
      documentIds: filteredDocumentIds(db, input.filters),
    });
  }),
  'words/stopWords': read((_input, session) => stopWordLists(session.db())),
  'words/setStopWords': unrecorded(
    'A project setting (the stop words left out of word counts), not a change to the material.',
    ({ language, words }, session) => {
      saveStopWords(session.db(), language, words);
      return stopWordLists(session.db());
    },
  ),
} satisfies OperationGroup;
