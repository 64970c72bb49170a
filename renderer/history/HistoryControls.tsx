import { useTranslation } from 'react-i18next';
import type { HistoryStatus } from '../../app/contract/index.ts';

interface Props {
  readonly status: HistoryStatus;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/** Undo and Redo buttons saying what they will undo or redo. */
export function HistoryControls({ status, onUndo, onRedo }: Props) {
  const { t } = useTranslation();
  return (
    <div className="history-controls" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={status.undo === null}
        title={
          status.undo === null ? t('history.nothingToUndo') : t('history.undoWhat', { what: status.undo })
        }
        aria-label={status.undo === null ? t('history.undo') : t('history.undoWhat', { what: status.undo })}
        onClick={onUndo}
      >
        ↶ {t('history.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        disabled={status.redo === null}
        title={
          status.redo === null ? t('history.nothingToRedo') : t('history.redoWhat', { what: status.redo })
        }
        aria-label={status.redo === null ? t('history.redo') : t('history.redoWhat', { what: status.redo })}
        onClick={onRedo}
      >
        ↷ {t('history.redo')}
      </button>
    </div>
  );
}
