import { describe, expect, it } from 'vitest';
import type { CodedSpan, UnitDocument } from './codedSpans.ts';
import { pool, tabulate, unitTotals } from './unitTables.ts';

const document: UnitDocument = {
  id: 1,
  length: 100,
  segments: [
    { start: 0, end: 40 },
    { start: 42, end: 70 },
    { start: 72, end: 100 },
  ],
};

let nextId = 1;
function span(coder: string, start: number, end: number, codeId = 7, documentId = 1): CodedSpan {
  return { id: nextId++, documentId, codeId, coder, start, end };
}

const spans = [span('A', 10, 30), span('B', 20, 50), span('A', 25, 35)];

describe('unit tables', () => {
  it('sweeps characters into runs weighted by length', () => {
    // A covers [10, 35) (two overlapping codings), B covers [20, 50).
    // Runs: [0,10) none, [10,20) A, [20,35) both, [35,50) B, [50,100) none.
    const table = tabulate('char', [document], spans, ['A', 'B'], [7]).get(7);
    expect(Object.fromEntries(table ?? [])).toEqual({ 0: 60, 1: 10, 3: 15, 2: 15 });
    expect(unitTotals(table ?? new Map(), 2)).toEqual({ units: 100, disagreements: 25 });
  });

  it('counts a segment for a coder when one of their codings overlaps it', () => {
    // A touches segment 0 only; B's [20, 50) overlaps segments 0 and 1; segment 2: nobody.
    const table = tabulate('segment', [document], spans, ['A', 'B'], [7]).get(7);
    expect(Object.fromEntries(table ?? [])).toEqual({ 3: 1, 2: 1, 0: 1 });
  });

  it('counts documents, with a code nobody applied as agreement on "no"', () => {
    const other: UnitDocument = { id: 2, length: 10, segments: [] };
    const tables = tabulate('document', [document, other], spans, ['A', 'B'], [7, 8]);
    expect(Object.fromEntries(tables.get(7) ?? [])).toEqual({ 3: 1, 0: 1 });
    expect(Object.fromEntries(tables.get(8) ?? [])).toEqual({ 0: 2 });
    expect(Object.fromEntries(pool(tables.values()))).toEqual({ 3: 1, 0: 3 });
  });

  it('treats a document without segments as one segment, and ignores other coders', () => {
    const bare: UnitDocument = { id: 3, length: 10, segments: [] };
    const table = tabulate(
      'segment',
      [bare],
      [span('A', 0, 2, 7, 3), span('Z', 0, 2, 7, 3)],
      ['A', 'B'],
      [7],
    );
    expect(Object.fromEntries(table.get(7) ?? [])).toEqual({ 1: 1 });
  });

  it('costs one step per coding boundary, not per character', () => {
    const long: UnitDocument = { id: 4, length: 5_000_000, segments: [] };
    const table = tabulate('char', [long], [span('A', 0, 4_000_000, 7, 4)], ['A', 'B'], [7]).get(7);
    expect(Object.fromEntries(table ?? [])).toEqual({ 1: 4_000_000, 0: 1_000_000 });
  });
});
