import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryStatus } from '../../app/contract/index.ts';
import { describeChange } from './describeChange.ts';
import type { HistoryAnnouncement } from './useProjectHistory.ts';

interface Props {
  readonly status: HistoryStatus;
  readonly announcement: HistoryAnnouncement | null;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/**
 * Undo and Redo buttons saying what they will undo or redo ("Undo: Code a passage with
 * «opacité»"; long summaries are cut by CSS, the full text is in the tooltip and the
 * accessible name), and a live region telling screen readers what a step did.
 */
export const HistoryControls = memo(function HistoryControls({
  status,
  announcement,
  onUndo,
  onRedo,
}: Props) {
  const { t } = useTranslation();
  const undoLabel =
    status.undo === null
      ? t('history.undo')
      : t('history.undoWhat', { what: describeChange(t, status.undo, status.undoPhrase) });
  const redoLabel =
    status.redo === null
      ? t('history.redo')
      : t('history.redoWhat', { what: describeChange(t, status.redo, status.redoPhrase) });
  return (
    <div className="history-controls" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="button button--quiet button--small history-controls__button"
        disabled={status.undo === null}
        title={status.undo === null ? t('history.nothingToUndo') : undoLabel}
        aria-label={undoLabel}
        onClick={onUndo}
      >
        <span aria-hidden="true">↶</span>
        <span className="history-controls__label">{undoLabel}</span>
      </button>
      <button
        type="button"
        className="button button--quiet button--small history-controls__button"
        disabled={status.redo === null}
        title={status.redo === null ? t('history.nothingToRedo') : redoLabel}
        aria-label={redoLabel}
        onClick={onRedo}
      >
        <span aria-hidden="true">↷</span>
        <span className="history-controls__label">{redoLabel}</span>
      </button>
      <span className="visually-hidden" role="status">
        {announcement &&
          t(announcement.kind === 'undo' ? 'history.undone' : 'history.redone', {
            what: describeChange(t, announcement.done.summary, announcement.done.phrase),
          })}
      </span>
    </div>
  );
});
