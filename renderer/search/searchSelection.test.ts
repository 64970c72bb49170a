import { describe, expect, it } from 'vitest';
import type { SearchHit, SearchResult } from '../../app/contract/index.ts';
import { codingRanges, hitKey, hitsToCode, selectedHits, speakersKnown } from './searchSelection.ts';

const hit = (start: number, segmentStart: number): SearchHit => ({
  documentId: 1,
  segmentOrdinal: 0,
  speaker: 'Marie',
  timestamp: null,
  start,
  end: start + 5,
  segmentStart,
  segmentEnd: segmentStart + 100,
  before: '',
  match: 'tâche',
  after: '',
});

const result: SearchResult = {
  query: 'tâche',
  total: 3,
  truncated: false,
  documents: [
    { documentId: 1, documentName: 'e1', hits: [hit(10, 0), hit(40, 0)] },
    { documentId: 2, documentName: 'e2', hits: [hit(10, 0)] },
  ],
};

describe('search selection', () => {
  it('keeps the ticked hits in result order', () => {
    const chosen = new Set([hitKey(2, hit(10, 0)), hitKey(1, hit(40, 0))]);
    expect(selectedHits(result, chosen).map(({ documentId, hit: h }) => [documentId, h.start])).toEqual([
      [1, 40],
      [2, 10],
    ]);
  });

  it('codes the matched words, or each turn once', () => {
    const all = selectedHits(
      result,
      new Set(result.documents.flatMap((g) => g.hits.map((h) => hitKey(g.documentId, h)))),
    );
    expect(codingRanges(all, 'match')).toEqual([
      { documentId: 1, start: 10, end: 15 },
      { documentId: 1, start: 40, end: 45 },
      { documentId: 2, start: 10, end: 15 },
    ]);
    expect(codingRanges(all, 'segment')).toEqual([
      { documentId: 1, start: 0, end: 100 },
      { documentId: 2, start: 0, end: 100 },
    ]);
  });
});

describe('hits to code', () => {
  const asked: SearchResult = {
    ...result,
    documents: [
      {
        documentId: 1,
        documentName: 'e1',
        hits: [{ ...hit(10, 0), speaker: 'Enquêteur' }, hit(140, 120), { ...hit(300, 280), speaker: null }],
      },
    ],
  };
  it('codes every result when none is ticked, leaving the interviewer out by default', () => {
    expect(hitsToCode(asked, new Set(), 'respondents').map(({ hit: found }) => found.start)).toEqual([
      140, 300,
    ]);
    expect(hitsToCode(asked, new Set(), 'all').map(({ hit: found }) => found.start)).toEqual([10, 140, 300]);
  });
  it('codes only the ticked results when some are ticked', () => {
    const ticked = new Set([hitKey(1, { start: 10, end: 15 }), hitKey(1, { start: 140, end: 145 })]);
    expect(hitsToCode(asked, ticked, 'respondents').map(({ hit: found }) => found.start)).toEqual([140]);
  });
  it('knows the speakers when a hit has one', () => {
    expect(speakersKnown(asked)).toBe(true);
    const anonymous = {
      ...asked,
      documents: [{ documentId: 1, documentName: 'e1', hits: [{ ...hit(1, 0), speaker: null }] }],
    };
    expect(speakersKnown(anonymous)).toBe(false);
  });
});
