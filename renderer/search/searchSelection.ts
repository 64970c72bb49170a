import type { SearchHit, SearchResult } from '../../app/contract/index.ts';
import { isInterviewerSpeaker } from '../../app/text/interviewer.ts';

/** Which turns coding search results may touch. */
export type TurnChoice = 'respondents' | 'all';

/** A hit's identity in the result list: its document and the matched range. */
export function hitKey(documentId: number, hit: Pick<SearchHit, 'start' | 'end'>): string {
  return `${documentId}:${hit.start}-${hit.end}`;
}

/** The hits the user ticked, in result order. */
export function selectedHits(
  result: SearchResult,
  chosen: ReadonlySet<string>,
): { documentId: number; hit: SearchHit }[] {
  return result.documents.flatMap((group) =>
    group.hits
      .filter((hit) => chosen.has(hitKey(group.documentId, hit)))
      .map((hit) => ({ documentId: group.documentId, hit })),
  );
}

/**
 * The ranges to code: the matched words, or their whole turns. Two hits in one turn coded
 * as the turn would make the same coding twice: they collapse to one.
 */
export function codingRanges(
  hits: readonly { documentId: number; hit: SearchHit }[],
  unit: 'match' | 'segment',
): { documentId: number; start: number; end: number }[] {
  const seen = new Set<string>();
  const ranges: { documentId: number; start: number; end: number }[] = [];
  for (const { documentId, hit } of hits) {
    const range =
      unit === 'match'
        ? { documentId, start: hit.start, end: hit.end }
        : { documentId, start: hit.segmentStart, end: hit.segmentEnd };
    const key = `${range.documentId}:${range.start}-${range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ranges.push(range);
  }
  return ranges;
}

/** Speakers are known when at least one hit's turn has a speaker label. */
export function speakersKnown(result: SearchResult): boolean {
  return result.documents.some((group) => group.hits.some((hit) => hit.speaker !== null));
}

/**
 * The hits "Code" applies to: the ticked ones, or every result when none is ticked ("Code
 * all"); without the interviewer's turns unless the user asked for all turns.
 */
export function hitsToCode(
  result: SearchResult,
  chosen: ReadonlySet<string>,
  turns: TurnChoice,
): { documentId: number; hit: SearchHit }[] {
  const hits =
    chosen.size > 0
      ? selectedHits(result, chosen)
      : result.documents.flatMap((group) => group.hits.map((hit) => ({ documentId: group.documentId, hit })));
  return turns === 'all' ? hits : hits.filter(({ hit }) => !isInterviewerSpeaker(hit.speaker));
}
