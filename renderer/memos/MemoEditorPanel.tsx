import { useTranslation } from 'react-i18next';
import type { Memo } from '../../app/contract/index.ts';
import { MemoEditor } from './MemoEditor.tsx';
import type { MemoTarget } from './memoTarget.ts';
import { useMemoAutosave } from './useMemoAutosave.ts';

interface Props {
  readonly target: MemoTarget;
  /** The memo as saved, or null to write a new one on the target. */
  readonly memo: Memo | null;
  readonly onSaved?: (memo: Memo) => void;
  readonly autoFocus?: boolean;
}

/** One memo being written: the editor and whether what is on screen is saved. */
export function MemoEditorPanel({ target, memo, onSaved, autoFocus }: Props) {
  const { t } = useTranslation();
  const { status, error, changed, flush } = useMemoAutosave(target, memo, onSaved);
  const statusText =
    status === 'saved'
      ? t('memos.saved')
      : status === 'pending' || status === 'saving'
        ? t('memos.saving')
        : status === 'failed'
          ? t('memos.failed', { message: error })
          : '';
  return (
    <div className="memo-panel">
      <MemoEditor
        body={memo?.body ?? null}
        onChange={changed}
        onBlur={() => void flush()}
        autoFocus={autoFocus}
      />
      <p className={`memo-panel__status memo-panel__status--${status}`} role="status" data-status={status}>
        {statusText}
      </p>
    </div>
  );
}
