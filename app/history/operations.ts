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
import { bulkRowsChangedSince, rowsChangedSince, type ReplayDirection } from './changedSince.ts';
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

/** Thrown inside the replay's transaction when a row is no longer as the event left it. */
class ChangedSinceError extends Error {}

/**
 * Applies one event backward or forward. If a row it would write back was changed since
 * outside the history (a team sync brought a colleague's change, app/history/changedSince.ts),
 * or the rows it needs are gone (e.g. its document was deleted since), the event is set
 * aside as discarded and the user told why; the transaction rolls back so nothing is
 * half-applied, and a colleague's change is never overwritten.
 */
function replay(db: Db, event: EventRow, direction: ReplayDirection): void {
  const changes = JSON.parse(event.changes) as unknown;
  try {
    writeTransaction(db, () => {
      if (isBulkChange(changes)) {
        if (bulkRowsChangedSince(db, changes, direction)) throw new ChangedSinceError();
        const kept = direction === 'undo' ? undoBulk(db, changes) : redoBulk(db, changes);
        setEventChanges(db, event.id, JSON.stringify(kept));
      } else {
        const rows = changes as RowChange[];
        if (rowsChangedSince(db, rows, direction)) throw new ChangedSinceError();
        if (direction === 'undo') applyBackward(db, rows);
        else applyForward(db, rows);
      }
      setEventState(db, event.id, direction === 'undo' ? 'undone' : 'done');
    });
  } catch (error) {
    writeTransaction(db, () => setEventState(db, event.id, 'discarded'));
    const verb = direction === 'undo' ? 'undone' : 'redone';
    if (error instanceof ChangedSinceError)
      throw new AppError(
        'CONFLICT',
        `“${event.summary}” cannot be ${verb}: what it changed was changed since by a team sync, and ${direction === 'undo' ? 'undoing' : 'redoing'} it would overwrite that change. Nothing was changed; it was removed from the history.`,
        {
          key: direction === 'undo' ? 'undoChangedSince' : 'redoChangedSince',
          params: { summary: event.summary },
        },
      );
    throw new AppError(
      'CONFLICT',
      `“${event.summary}” cannot be ${verb} any more: what it changed is gone (${error instanceof Error ? error.message : String(error)}). It was removed from the history.`,
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
