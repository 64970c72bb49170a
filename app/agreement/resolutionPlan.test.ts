import { describe, expect, it } from 'vitest';
import { planResolution, type PlannedCoding } from './resolutionPlan.ts';

const place = { start: 10, end: 20 };
const a: PlannedCoding = { id: 1, coder: 'A', start: 10, end: 20 };
const b: PlannedCoding = { id: 2, coder: 'B', start: 12, end: 18 };

describe('resolution plans', () => {
  it('keep A: removes B’s coding on the place and copies A’s for B', () => {
    expect(planResolution('keepA', place, [a, b])).toEqual([
      { kind: 'delete', id: 2 },
      { kind: 'create', coder: 'B', start: 10, end: 20 },
    ]);
  });

  it('keep B: the other way round', () => {
    expect(planResolution('keepB', place, [a, b])).toEqual([
      { kind: 'delete', id: 1 },
      { kind: 'create', coder: 'A', start: 12, end: 18 },
    ]);
  });

  it('keep both changes nothing; remove deletes both', () => {
    expect(planResolution('keepBoth', place, [a, b])).toEqual([]);
    expect(planResolution('remove', place, [a, b])).toEqual([
      { kind: 'delete', id: 1 },
      { kind: 'delete', id: 2 },
    ]);
  });

  it('trims codings that reach beyond the place instead of deleting them', () => {
    const long: PlannedCoding = { id: 3, coder: 'B', start: 0, end: 30 };
    const left: PlannedCoding = { id: 4, coder: 'A', start: 5, end: 15 };
    expect(planResolution('remove', place, [long, left])).toEqual([
      { kind: 'update', id: 3, start: 0, end: 10 },
      { kind: 'create', coder: 'B', start: 20, end: 30 },
      { kind: 'update', id: 4, start: 5, end: 10 },
    ]);
    // keep A with A absent from the place: B's coding is cut out, nothing is copied.
    expect(planResolution('keepA', place, [long])).toEqual([
      { kind: 'update', id: 3, start: 0, end: 10 },
      { kind: 'create', coder: 'B', start: 20, end: 30 },
    ]);
  });

  it('leaves a coding of the other coder that already matches one of the kept passages', () => {
    const a2: PlannedCoding = { id: 5, coder: 'A', start: 10, end: 12 };
    const a3: PlannedCoding = { id: 6, coder: 'A', start: 15, end: 20 };
    const b2: PlannedCoding = { id: 7, coder: 'B', start: 10, end: 12 };
    expect(planResolution('keepA', place, [a2, a3, b2])).toEqual([
      { kind: 'create', coder: 'B', start: 15, end: 20 },
    ]);
  });
});
