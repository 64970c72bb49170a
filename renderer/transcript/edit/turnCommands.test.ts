import { $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../../app/contract/index.ts';
import { at } from '../testing.ts';
import { EditTurnNode } from './EditTurnNode.ts';
import {
  $buildEditTurns,
  $editedTurns,
  $joinWithPrevious,
  $splitTurnAtCaret,
  $turnStructureIntact,
  $turns,
} from './turnCommands.ts';
import { turnChangesOf } from './turnChanges.ts';

const texts = ['Bonjour Marie.', 'Je commence tôt. Puis le ménage.', 'Et les règles ?'];
let text = '';
const document: DocumentDetail = {
  id: 1,
  name: 'entretien',
  sourceName: 'entretien.txt',
  sourceFormat: 'txt',
  sourceEncoding: 'utf-8',
  text: texts.join('\n\n'),
  segments: texts.map((turn, ordinal) => {
    if (ordinal > 0) text += '\n\n';
    const start = text.length;
    text += turn;
    return {
      ordinal,
      start,
      end: text.length,
      speaker: ordinal % 2 ? 'Marie' : 'Enquêteur',
      timestamp: null,
    };
  }),
};

/** A headless editor holding the document's turns (no DOM: the commands are pure state changes). */
function editorOf(): LexicalEditor {
  const editor = createEditor({
    nodes: [EditTurnNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $buildEditTurns(document), { discrete: true });
  return editor;
}

function caretIn(turnIndex: number, offset: number): void {
  const node = at($turns(), turnIndex).getFirstDescendant();
  if (!node || !('select' in node)) throw new Error('no text');
  (node as unknown as { select: (a: number, b: number) => void }).select(offset, offset);
}

describe('edit mode turn commands', () => {
  it('splits at the caret, joins at a kept line break, and saves as joins and splits', () => {
    const editor = editorOf();
    editor.update(
      () => {
        caretIn(1, 'Je commence tôt. '.length);
        $splitTurnAtCaret();
        // Backspace at the start of the stored turn 2: joined to the split piece before it.
        $joinWithPrevious(at($turns(), 3));
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      expect($turnStructureIntact(3)).toBe(true);
      expect(
        $getRoot()
          .getChildren()
          .map((turn) => turn.getTextContent()),
      ).toEqual(['Bonjour Marie.', 'Je commence tôt. ', 'Puis le ménage.\nEt les règles ?']);
      const changes = turnChangesOf(document, $editedTurns());
      // The space left at the end of the split's first turn is trimmed, as import would.
      const space = document.text.indexOf(' Puis');
      expect(changes).toEqual({
        ok: true,
        edits: [{ start: space, end: space + 1, text: '' }],
        turns: [
          { op: 'join', ordinal: 1 },
          { op: 'split', offset: space },
          { op: 'setSpeaker', ordinal: 2, speaker: 'Marie' },
          { op: 'setTimestamp', ordinal: 2, timestamp: null },
        ],
      });
    });
  });

  it('moves a join with the text when the turn is split before it', () => {
    const editor = editorOf();
    editor.update(
      () => {
        $joinWithPrevious(at($turns(), 2));
        caretIn(1, 'Je commence'.length);
        $splitTurnAtCaret();
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      expect($turnStructureIntact(3)).toBe(true);
      const [, first, second] = $editedTurns();
      expect(first?.joined).toEqual([]);
      expect(second).toMatchObject({
        origin: null,
        parts: [' tôt. Puis le ménage.', 'Et les règles ?'],
        joined: [2],
      });
    });
  });

  it('notices a merge that lost the join point', () => {
    const editor = editorOf();
    editor.update(
      () => {
        const [, second, third] = $turns();
        if (!second || !third) throw new Error('turns');
        for (const child of third.getChildren()) second.append(child);
        third.remove();
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(() => $turnStructureIntact(3))).toBe(false);
  });
});
