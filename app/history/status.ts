import { firstUndoneEvent, lastDoneEvent, type Db, type EventRow } from '../../db/index.ts';
import type { HistoryStatus } from '../contract/types.ts';
import { phraseOf } from './record.ts';

/** What Undo and Redo would do next, as `db` sees the history. */
export function historyStatus(db: Db): HistoryStatus {
  return status({ undo: lastDoneEvent(db), redo: firstUndoneEvent(db) });
}

function status(next: { undo: EventRow | undefined; redo: EventRow | undefined }): HistoryStatus {
  return {
    undo: next.undo?.summary ?? null,
    redo: next.redo?.summary ?? null,
    undoPhrase: next.undo ? phraseOf(next.undo.meta) : null,
    redoPhrase: next.redo ? phraseOf(next.redo.meta) : null,
  };
}
