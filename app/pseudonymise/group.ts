import type { FindingGroup } from '../contract/types.ts';
import { scanText, type FindingKind } from './scan.ts';

// FindingGroup crosses the wire (import preview, pseudonymise/scanDocuments), so it is
// declared in the contract: kind, text, count, up to 3 contexts (~40 characters either side,
// the finding marked with ⟦ ⟧), sources (document or file names) and a suggestion.
export type { FindingGroup };

/**
 * A text of the batch. `speakerLabel` marks a segment's speaker label (not part of the
 * text): its findings get the context "speaker label: ⟦…⟧".
 */
export interface ScannedText {
  readonly source: string;
  readonly text: string;
  readonly speakerLabel?: boolean;
}

export const MAX_CONTEXTS = 3;
const CONTEXT_WIDTH = 40;

const SUGGESTIONS: Record<Exclude<FindingKind, 'name'>, string> = {
  email: '[e-mail]',
  phone: '[téléphone]',
  url: '[URL]',
  iban: '[IBAN]',
  nir: '[NIR]',
  postcode: '[code postal]',
};

/** Context around a finding, within its segment (segments are separated by a blank line). */
function snippet(text: string, start: number, end: number): string {
  const separatorBefore = start > 0 ? text.lastIndexOf('\n\n', start - 1) : -1;
  const segmentStart = separatorBefore === -1 ? 0 : Math.min(start, separatorBefore + 2);
  const separatorAfter = text.indexOf('\n\n', end);
  const segmentEnd = separatorAfter === -1 ? text.length : separatorAfter;
  let from = Math.max(segmentStart, start - CONTEXT_WIDTH);
  let to = Math.min(segmentEnd, end + CONTEXT_WIDTH);
  // Widen to whole code points so that an emoji is never cut in half.
  if (/[\uDC00-\uDFFF]/u.test(text.charAt(from))) from -= 1;
  if (/[\uDC00-\uDFFF]/u.test(text.charAt(to))) to += 1;
  const flat = (part: string) => part.replace(/\s+/gu, ' ');
  return `${from > segmentStart ? '…' : ''}${flat(text.slice(from, start))}⟦${text.slice(start, end)}⟧${flat(text.slice(end, to))}${to < segmentEnd ? '…' : ''}`;
}

interface MutableGroup {
  kind: FindingKind;
  text: string;
  count: number;
  contexts: string[];
  sources: string[];
}

/**
 * Scans every text of a batch and gathers the findings by (kind, text), in order of first
 * appearance. Names are numbered in that order ([Personne 1], [Personne 2]…), so the same
 * name gets the same suggestion in every document of the batch.
 */
export function groupFindings(texts: Iterable<ScannedText>): FindingGroup[] {
  const groups = new Map<string, MutableGroup>();
  for (const entry of texts) {
    for (const finding of scanText(entry.text)) {
      const key = `${finding.kind}\u0000${finding.text}`;
      let group = groups.get(key);
      if (!group) {
        group = { kind: finding.kind, text: finding.text, count: 0, contexts: [], sources: [] };
        groups.set(key, group);
      }
      group.count += 1;
      if (!group.sources.includes(entry.source)) group.sources.push(entry.source);
      const context = entry.speakerLabel
        ? `speaker label: ${snippet(entry.text, finding.start, finding.end)}`
        : snippet(entry.text, finding.start, finding.end);
      if (group.contexts.length < MAX_CONTEXTS && !group.contexts.includes(context)) {
        group.contexts.push(context);
      }
    }
  }
  let person = 0;
  return [...groups.values()].map((group) => ({
    ...group,
    suggestion: group.kind === 'name' ? `[Personne ${(person += 1)}]` : SUGGESTIONS[group.kind],
  }));
}
