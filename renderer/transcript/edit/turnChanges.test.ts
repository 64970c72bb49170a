import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../app/contract/index.ts';
import { applyEdits } from '../../../app/text/textEdits.ts';
import { turnChangesOf, type EditedTurn, type TurnOperation } from './turnChanges.ts';

interface Turn {
  text: string;
  speaker: string | null;
  timestamp: string | null;
}

function storedOf(turns: readonly Turn[]): { text: string; segments: Segment[] } {
  let text = '';
  const segments: Segment[] = turns.map((turn, ordinal) => {
    if (ordinal > 0) text += '\n\n';
    const start = text.length;
    text += turn.text;
    return { ordinal, start, end: text.length, speaker: turn.speaker, timestamp: turn.timestamp };
  });
  return { text, segments };
}

/** What the backend does with the call, as its contract says: edits, then each operation in turn. */
function applied(
  stored: readonly Turn[],
  edits: Parameters<typeof applyEdits>[1],
  ops: TurnOperation[],
): Turn[] {
  const { segments } = storedOf(stored);
  const flat = applyEdits(storedOf(stored).text, edits);
  // Edits stay inside turns, so the separators are still where the stored turns meet.
  expect(flat.split('\n\n').length).toBe(segments.length);
  let turns: Turn[] = flat.split('\n\n').map((text, index) => ({ ...(stored[index] as Turn), text }));
  for (const op of ops) {
    if (op.op === 'join') {
      const [a, b] = [turns[op.ordinal] as Turn, turns[op.ordinal + 1] as Turn];
      turns.splice(op.ordinal, 2, { ...a, text: `${a.text}\n${b.text}` });
    } else if (op.op === 'split') {
      let start = 0;
      const index = turns.findIndex((turn) => {
        const inside = op.offset > start && op.offset < start + turn.text.length;
        if (!inside) start += turn.text.length + 2;
        return inside;
      });
      const turn = turns[index] as Turn;
      const at = op.offset - start;
      turns = [
        ...turns.slice(0, index),
        { ...turn, text: turn.text.slice(0, at) },
        { ...turn, text: turn.text.slice(at) },
        ...turns.slice(index + 1),
      ];
    } else if (op.op === 'setSpeaker')
      turns[op.ordinal] = { ...(turns[op.ordinal] as Turn), speaker: op.speaker };
    else if (op.op === 'setTimestamp')
      turns[op.ordinal] = { ...(turns[op.ordinal] as Turn), timestamp: op.timestamp };
  }
  return turns;
}

const stored: Turn[] = [
  { text: 'Bonjour Marie.', speaker: 'Enquêteur', timestamp: '00:01' },
  { text: 'Je commence tôt. Puis le ménage.', speaker: 'Marie', timestamp: '00:02' },
  { text: 'Et les règles ?', speaker: 'Enquêteur', timestamp: null },
  { text: "C'est opaque 😅.", speaker: 'Marie', timestamp: null },
];

function same(index: number, parts: string[] = [(stored[index] as Turn).text]): EditedTurn {
  const turn = stored[index] as Turn;
  return { speaker: turn.speaker, timestamp: turn.timestamp, origin: index, parts, joined: [] };
}

describe('turnChangesOf', () => {
  it('says nothing when nothing changed', () => {
    expect(
      turnChangesOf(
        storedOf(stored),
        stored.map((_, index) => same(index)),
      ),
    ).toEqual({
      ok: true,
      edits: [],
      turns: [],
    });
  });

  it('rebuilds split, joined, relabelled and corrected turns with edits inside turns only', () => {
    const edited: EditedTurn[] = [
      same(0, ['Bonjour Marie !']),
      { ...same(1, ['Je commence tard.']), speaker: 'M.' },
      { speaker: 'M.', timestamp: '00:03', origin: null, parts: [' Puis le ménage.'], joined: [] },
      { ...same(2, ['Et les règles ?', "C'est très opaque 😅."]), joined: [3] },
    ];
    const changes = turnChangesOf(storedOf(stored), edited);
    if (!changes.ok) throw new Error('refused');
    expect(applied(stored, changes.edits, changes.turns)).toEqual([
      { text: 'Bonjour Marie !', speaker: 'Enquêteur', timestamp: '00:01' },
      { text: 'Je commence tard.', speaker: 'M.', timestamp: '00:02' },
      { text: 'Puis le ménage.', speaker: 'M.', timestamp: '00:03' },
      { text: "Et les règles ?\nC'est très opaque 😅.", speaker: 'Enquêteur', timestamp: null },
    ]);
  });

  it('drops a turn left empty by Enter and refuses a stored turn left empty', () => {
    const withEmpty = [...stored.map((_, index) => same(index)), { ...same(3, ['  ']), origin: null }];
    expect(turnChangesOf(storedOf(stored), withEmpty)).toMatchObject({ ok: true, edits: [], turns: [] });
    expect(turnChangesOf(storedOf(stored), [same(0), same(1, ['']), same(2), same(3)])).toEqual({
      ok: false,
      emptyTurn: 1,
    });
  });
});
