import { getCoderByName, readRowsInRange, type Db, type EventRow, type RawRow } from '../../db/index.ts';
import { AppError } from '../errors.ts';
import { isBulkChange, type BulkChange } from '../history/bulkChange.ts';
import type { RowChange } from '../history/changeSet.ts';

/** The coding rows an event changed, as recorded (a bulk insert: as they are in `db` now). */
function codingRowsOfEvent(event: EventRow, db: Db): RawRow[] {
  const changes = JSON.parse(event.changes) as unknown;
  if (!isBulkChange(changes)) {
    return (
      (changes as RowChange[])
        // An unplaced coding (an edit removed its text) is a coding too.
        .filter((change) => change.table === 'codings' || change.table === 'unplaced_codings')
        .flatMap((change) => [change.before, change.after])
        .filter((row): row is RawRow => row !== null)
    );
  }
  // A bulk change updates only codes and attribute values (UPDATABLE_KEYS), never codings.
  const { inserted, removed }: BulkChange['bulk'] = changes.bulk;
  return [
    ...inserted
      .filter((range) => range.table === 'codings')
      .flatMap((range) => readRowsInRange(db, 'codings', range.after, range.upTo)),
    ...(removed?.codings ?? []),
  ];
}

/**
 * In blind mode a coder undoes or redoes only a step they recorded themself, and only one
 * that touches none of the codings blind mode hides from them: replaying another coder's
 * merge or delete (a codebook step everyone sees in the history), or one's own merge made
 * with blind mode off, would move codings the coder cannot see.
 */
export function checkBlindReplay(direction: 'undo' | 'redo', step: EventRow, coder: string, db: Db): void {
  const verb = direction === 'undo' ? 'undone' : 'redone';
  if (step.coder !== coder) {
    throw new AppError(
      'CONFLICT',
      `The next change to ${direction} was made by another coder: in blind mode you ${direction} only your own changes. The team lead can ${direction} it with blind mode off.`,
    );
  }
  const own = getCoderByName(db, coder)?.id;
  if (codingRowsOfEvent(step, db).some((row) => row.coder_id !== own)) {
    throw new AppError(
      'CONFLICT',
      `“${step.summary}” also changed other coders’ codings, which blind mode hides from you; it cannot be ${verb} here. The team lead can ${direction} it with blind mode off.`,
    );
  }
}
