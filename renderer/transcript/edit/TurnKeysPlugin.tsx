import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  PASTE_COMMAND,
} from 'lexical';
import { useEffect } from 'react';
import {
  $caretAtTurnEnd,
  $caretAtTurnStart,
  $caretBesideJoin,
  $caretTurn,
  $joinWithPrevious,
  $selectionInOneTurn,
  $splitTurnAtCaret,
  $turnStructureIntact,
} from './turnCommands.ts';
import { $isEditTurnNode } from './EditTurnNode.ts';

/** Why a key did nothing, for the edit view's hint. */
export type TurnKeyRefusal = 'acrossTurns' | 'joinBreak';

interface Props {
  readonly storedTurns: number;
  readonly onRefused: (why: TurnKeyRefusal) => void;
}

/** Plain text only, with at most one line break in a row (a blank line would end a turn). */
export function pastedText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(/\n{2,}/gu, '\n');
}

/**
 * The keys of edit mode: Enter splits the turn at the caret (Shift+Enter is a line break in
 * it), Backspace at a turn's start joins it to the previous one, Delete at its end joins the
 * next one; paste is plain text. A change that would merge turns another way (a selection
 * deleted across turns) is undone, with a hint.
 */
export function TurnKeysPlugin({ storedTurns, onRefused }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const refuse = (event: KeyboardEvent | null, why: TurnKeyRefusal): boolean => {
      event?.preventDefault();
      onRefused(why);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (event?.shiftKey) return false;
          if (!$selectionInOneTurn()) return refuse(event, 'acrossTurns');
          const selection = $getSelection();
          if ($isRangeSelection(selection) && !selection.isCollapsed()) selection.removeText();
          event?.preventDefault();
          return $splitTurnAtCaret();
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        (event) => {
          const turn = $caretTurn();
          if (!$selectionInOneTurn()) return refuse(event, 'acrossTurns');
          if (!turn) return false;
          if ($caretBesideJoin(turn, true)) return refuse(event, 'joinBreak');
          if (!$caretAtTurnStart(turn)) return false;
          event.preventDefault();
          return $joinWithPrevious(turn) || true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_DELETE_COMMAND,
        (event) => {
          const turn = $caretTurn();
          if (!$selectionInOneTurn()) return refuse(event, 'acrossTurns');
          if (!turn) return false;
          if ($caretBesideJoin(turn, false)) return refuse(event, 'joinBreak');
          if (!$caretAtTurnEnd(turn)) return false;
          event.preventDefault();
          const next = turn.getNextSibling();
          return ($isEditTurnNode(next) && $joinWithPrevious(next)) || true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!(event instanceof ClipboardEvent) || !$isRangeSelection(selection)) return false;
          event.preventDefault();
          if (!$selectionInOneTurn()) return refuse(null, 'acrossTurns');
          selection.insertRawText(pastedText(event.clipboardData?.getData('text/plain') ?? ''));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      // The safety net: whatever merged turns without a join point (typing over a selection
      // across turns, cutting it, dropping on it) is put back as it was.
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements }) => {
        if (dirtyElements.size === 0) return;
        if (editorState.read(() => $turnStructureIntact(storedTurns))) return;
        if (!prevEditorState.read(() => $turnStructureIntact(storedTurns))) return;
        queueMicrotask(() => editor.setEditorState(prevEditorState));
        onRefused('acrossTurns');
      }),
    );
  }, [editor, storedTurns, onRefused]);
  return null;
}
