import type { ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import { DialogButtons } from './DialogButtons.tsx';

interface Props {
  readonly title: string;
  /** What will happen, as a question ("Delete «X» with its 14 codings?"). */
  readonly question: string;
  /** A line under the question: what stays, how to take it back. */
  readonly note?: ReactNode;
  /** The destructive action's label. */
  readonly confirmLabel: string;
  /** The dismissing button's label (default: Cancel). */
  readonly dismissLabel?: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A question before something destructive (deleting, discarding): the focus starts on the
 * dismissing button, so Enter alone never destroys; Esc dismisses too.
 */
export function ConfirmDialog({
  title,
  question,
  note,
  confirmLabel,
  dismissLabel,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Dialog title={title} onClose={onCancel} className="confirm-dialog">
      <p className="confirm-dialog__question">{question}</p>
      {note !== undefined && <p className="muted small">{note}</p>}
      <DialogButtons
        onCancel={onCancel}
        {...(dismissLabel !== undefined ? { dismissLabel } : {})}
        focusDismiss
        action={{ label: confirmLabel, danger: true, onClick: onConfirm }}
      />
    </Dialog>
  );
}
