/** What an edit touches, beyond its own ranges: the property tests of edits check the codings outside it. */

interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * The ranges an edit changes: the edits, and the line breaks around a turn whose whole text
 * they delete (the emptied turn goes with a separator beside it).
 */
export function touchedRanges(edits: readonly Range[], segments: readonly Range[]): Range[] {
  const emptied = segments.flatMap((segment, index) => {
    const deleted = edits.some((edit) => edit.start <= segment.start && edit.end >= segment.end);
    if (!deleted) return [];
    const previous = segments[index - 1];
    const next = segments[index + 1];
    return [
      ...(previous ? [{ start: previous.end, end: segment.start }] : []),
      ...(next ? [{ start: segment.end, end: next.start }] : []),
    ];
  });
  return [...edits, ...emptied];
}

/** True when no change removes a character of the span or inserts inside it. */
export function untouched(edits: readonly Range[], segments: readonly Range[], span: Range): boolean {
  return touchedRanges(edits, segments).every((range) => range.end <= span.start || range.start >= span.end);
}
