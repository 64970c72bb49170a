import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readTurnsSidecar, turnsOfText, type Turn } from './turnsSidecar.ts';

const TEXT = 'Vous êtes seule ? 😅\n\nOui, la nuit.';
const entry = (turns: Turn[], text = TEXT) => ({
  sha256: createHash('sha256').update(text).digest('hex'),
  turns,
});
const HASH = createHash('sha256').update(TEXT).digest('hex');
const turn = (start: number, end: number, speaker: string | null = null): Turn => ({
  start,
  end,
  speaker,
  timestamp: null,
});

describe('speaker turns beside a REFI-QDA export', () => {
  it('gives back turns that fit the text exactly', () => {
    const turns = [turn(0, 20, 'Enquêteur'), turn(22, TEXT.length, 'Marie')];
    expect(turnsOfText(TEXT, HASH, entry(turns))).toEqual(turns);
  });

  it('refuses turns for another text, overlapping, empty, out of range or inside an emoji', () => {
    expect(turnsOfText(TEXT, HASH, entry([turn(0, 5)], 'autre texte'))).toBeNull();
    expect(turnsOfText(TEXT, HASH, entry([turn(0, 10), turn(5, 12)]))).toBeNull();
    expect(turnsOfText(TEXT, HASH, entry([turn(3, 3)]))).toBeNull();
    expect(turnsOfText(TEXT, HASH, entry([turn(0, TEXT.length + 1)]))).toBeNull();
    // 😅 is two UTF-16 units at 18–19: ending at 19 would cut it in half.
    expect(turnsOfText(TEXT, HASH, entry([turn(0, 19)]))).toBeNull();
    expect(turnsOfText(TEXT, HASH, undefined)).toBeNull();
  });

  it('reads its own format and reports anything else', () => {
    const read = readTurnsSidecar(
      JSON.stringify({
        format: 'verbatim-turns',
        version: 1,
        documents: { '{ABC}': { sha256: 'x', turns: [[0, 4, 'Marie', '00:01']] } },
      }),
    );
    expect(read.problem).toBeNull();
    expect(read.byGuid.get('abc')?.turns).toEqual([
      { start: 0, end: 4, speaker: 'Marie', timestamp: '00:01' },
    ]);
    expect(readTurnsSidecar('not json').problem).toMatch(/unreadable/u);
    expect(readTurnsSidecar(null)).toEqual({ byGuid: new Map(), problem: null });
  });
});
