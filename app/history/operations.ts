import {
  firstUndoneEvent,
  lastDoneEvent,
  listEvents,
  setEventChanges,
  setEventState,
  type Db,
  type EventRow,
  writeTransaction,
} from '../../db/index.ts';
import type { HistoryEntry } from '../contract/types.ts';
import { AppError } from '../errors.ts';
import { isBulkChange, redoBulk, undoBulk } from './bulkChange.ts';
import { applyBackward, applyForward, type RowChange } from './changeSet.ts';
import { phraseOf } from './record.ts';
import { ownTransaction, read, type OperationGroup } from '../registration/registry.ts';
import { historyStatus } from './status.ts';

function toEntry(event: EventRow): HistoryEntry {
  return {
    id: event.id,
    kind: event.kind,
    summary: event.summary,
    phrase: phraseOf(event.meta),
    coder: event.coder,
    createdAt: event.createdAt,
    state: event.state,
  };
}

/**
 * Applies one event backward or forward. If the rows it needs are gone (e.g. its document
 * was deleted since), the event is set aside as discarded and the user told why; the
 * transaction rolls back so nothing is half-applied.
 */
function replay(db: Db, event: EventRow, direction: 'undo' | 'redo'): void {
  const changes = JSON.parse(event.changes) as unknown;
  try {
    writeTransaction(db, () => {
      if (isBulkChange(changes)) {
        const kept = direction === 'undo' ? undoBulk(db, changes) : redoBulk(db, changes);
        setEventChanges(db, event.id, JSON.stringify(kept));
      } else if (direction === 'undo') applyBackward(db, changes as RowChange[]);
      else applyForward(db, changes as RowChange[]);
      setEventState(db, event.id, direction === 'undo' ? 'undone' : 'done');
    });
  } catch (error) {
    writeTransaction(db, () => setEventState(db, event.id, 'discarded'));
    throw new AppError(
      'CONFLICT',
      `“${event.summary}” cannot be ${direction === 'undo' ? 'undone' : 'redone'} any more: what it changed is gone (${error instanceof Error ? error.message : String(error)}). It was removed from the history.`,
      { key: direction === 'undo' ? 'undoGone' : 'redoGone', params: { summary: event.summary } },
    );
  }
}

export const historyOperations = {
  'history/status': read((_input, session) => historyStatus(session.db())),
  'history/list': read(({ limit }, session) => listEvents(session.db(), limit ?? 200).map(toEntry)),
  'history/undo': ownTransaction(
    'Undo and redo replay an event: they walk the history rather than add to it.',
    (_input, session) => {
      const db = session.db();
      const event = lastDoneEvent(db);
      if (!event) throw new AppError('CONFLICT', 'There is nothing to undo.', { key: 'nothingToUndo' });
      replay(db, event, 'undo');
      return {
        done: toEntry({ ...event, state: 'undone' }),
        ...historyStatus(db),
      };
    },
  ),
  'history/redo': ownTransaction(
    'Undo and redo replay an event: they walk the history rather than add to it.',
    (_input, session) => {
      const db = session.db();
      const event = firstUndoneEvent(db);
      if (!event) throw new AppError('CONFLICT', 'There is nothing to redo.', { key: 'nothingToRedo' });
      replay(db, event, 'redo');
      return {
        done: toEntry({ ...event, state: 'done' }),
        ...historyStatus(db),
      };
    },
  ),
} satisfies OperationGroup;
