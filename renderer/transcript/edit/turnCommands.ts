import {
  $createLineBreakNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
} from 'lexical';
import type { DocumentDetail } from '../../../app/contract/index.ts';
import { $createEditTurnNode, $isEditTurnNode, type EditTurnNode } from './EditTurnNode.ts';
import type { EditedTurn } from './turnChanges.ts';

/** The edit view's turns, in order. Run inside an editor read or update. */
export function $turns(): EditTurnNode[] {
  return $getRoot().getChildren().filter($isEditTurnNode);
}

/** Fills the editor with one turn per stored segment. */
export function $buildEditTurns(document: DocumentDetail): void {
  const root = $getRoot();
  root.clear();
  for (const segment of document.segments) {
    const turn = $createEditTurnNode(segment.speaker, segment.timestamp, segment.ordinal);
    turn.setText(document.text.slice(segment.start, segment.end));
    root.append(turn);
  }
}

function $turnOf(node: LexicalNode): EditTurnNode | null {
  const top = node.getTopLevelElement();
  return $isEditTurnNode(top) ? top : $isEditTurnNode(node) ? node : null;
}

/** The turn holding the caret (the selection's focus), or null. */
export function $caretTurn(): EditTurnNode | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? $turnOf(selection.focus.getNode()) : null;
}

/** True when the selection lies in one turn (or is a caret). */
export function $selectionInOneTurn(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  return $turnOf(selection.anchor.getNode()) === $turnOf(selection.focus.getNode());
}

/** Index among the turn's children where a collapsed caret stands, or null. */
function $caretChildIndex(turn: EditTurnNode): number | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (node === turn) return anchor.offset;
  if (!$isTextNode(node)) return node.getIndexWithinParent() + (anchor.offset > 0 ? 1 : 0);
  if (anchor.offset === 0) return node.getIndexWithinParent();
  if (anchor.offset >= node.getTextContentSize()) return node.getIndexWithinParent() + 1;
  const [left] = node.splitText(anchor.offset);
  return (left ?? node).getIndexWithinParent() + 1;
}

/** True when the caret is at the very start of `turn`. */
export function $caretAtTurnStart(turn: EditTurnNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (anchor.offset !== 0) return false;
  return node === turn || node.getPreviousSiblings().length === 0;
}

/** True when the caret is at the very end of `turn`. */
export function $caretAtTurnEnd(turn: EditTurnNode): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (node === turn) return anchor.offset === turn.getChildrenSize();
  return anchor.offset === node.getTextContentSize() && node.getNextSiblings().length === 0;
}

/** True when the node just before (or after) a caret is the line break where a stored turn was joined. */
export function $caretBesideJoin(turn: EditTurnNode, backward: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { anchor } = selection;
  const node = anchor.getNode();
  let beside: LexicalNode | null;
  if (node === turn) beside = turn.getChildAtIndex(backward ? anchor.offset - 1 : anchor.offset);
  else if (backward) beside = anchor.offset === 0 ? node.getPreviousSibling() : null;
  else beside = anchor.offset >= node.getTextContentSize() ? node.getNextSibling() : null;
  return beside !== null && turn.getJoins().some((join) => join.breakKey === beside.getKey());
}

/**
 * Splits the caret's turn in two there (Enter); the new turn keeps the speaker, without a
 * time. Stored turns joined after the caret move with the text.
 */
export function $splitTurnAtCaret(): boolean {
  const turn = $caretTurn();
  if (!turn) return false;
  const index = $caretChildIndex(turn);
  if (index === null) return false;
  const moving = turn.getChildren().slice(index);
  const movingKeys = new Set(moving.map((child) => child.getKey()));
  const next = $createEditTurnNode(turn.getSpeaker(), null, null);
  next.setJoins(turn.getJoins().filter((join) => movingKeys.has(join.breakKey)));
  turn.setJoins(turn.getJoins().filter((join) => !movingKeys.has(join.breakKey)));
  for (const child of moving) next.append(child);
  turn.insertAfter(next);
  next.selectStart();
  return true;
}

/**
 * Joins `turn` to the one before it, as the backend does: a stored turn begins after a line
 * break (kept as its join point), a turn made by a split rejoins its text directly.
 */
export function $joinWithPrevious(turn: EditTurnNode): boolean {
  const previous = turn.getPreviousSibling();
  if (!$isEditTurnNode(previous)) return false;
  const origin = turn.getOrigin();
  const joins = [...previous.getJoins()];
  if (origin !== null) {
    const lineBreak = $createLineBreakNode();
    previous.append(lineBreak);
    joins.push({ origin, breakKey: lineBreak.getKey() });
  }
  const caretAt = previous.getChildrenSize();
  for (const child of turn.getChildren()) previous.append(child);
  previous.setJoins([...joins, ...turn.getJoins()]);
  turn.remove();
  previous.select(caretAt, caretAt);
  return true;
}

/**
 * True while the turns still account for every stored turn once, in order, each join at a
 * line break of its turn. Edits that break this (a selection deleted across turns merges them
 * without a join point) are undone by the edit view.
 */
export function $turnStructureIntact(storedTurns: number): boolean {
  const seen: number[] = [];
  for (const turn of $turns()) {
    const origin = turn.getOrigin();
    if (origin !== null) seen.push(origin);
    const keys = new Set(turn.getChildren().map((child) => child.getKey()));
    for (const join of turn.getJoins()) {
      if (!keys.has(join.breakKey)) return false;
      seen.push(join.origin);
    }
  }
  return seen.length === storedTurns && seen.every((origin, index) => origin === index);
}

/** The turns as turnChangesOf reads them: text cut at each join's line break. */
export function $editedTurns(): EditedTurn[] {
  return $turns().map((turn) => {
    const joins = turn.getJoins();
    const breaks = new Set(joins.map((join) => join.breakKey));
    const parts: string[] = [''];
    for (const child of turn.getChildren()) {
      if (breaks.has(child.getKey())) parts.push('');
      else parts[parts.length - 1] += child.getTextContent();
    }
    // Joins listed in text order (a split may have moved some between turns).
    const ordered = turn
      .getChildren()
      .flatMap((child) => joins.filter((join) => join.breakKey === child.getKey()))
      .map((join) => join.origin);
    return {
      speaker: turn.getSpeaker(),
      timestamp: turn.getTimestamp(),
      origin: turn.getOrigin(),
      parts,
      joined: ordered,
    };
  });
}
