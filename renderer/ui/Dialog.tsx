import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind inert
 * and turns Esc into a 'cancel' event, which we route to onClose so React stays in charge.
 *
 * Closed, it gives the focus back to what had it when it opened (the button, the transcript
 * with its selection), so that a keyboard user goes on from there: React removes the
 * element, and a removed dialog cannot restore the focus itself, which then fell to the
 * page's body. A layout effect, so that the dialog is still in the page when it closes; an
 * action that moved the focus on purpose (to a new row, say) keeps it there.
 */
export function Dialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      const now = document.activeElement;
      const lost = now === null || now === document.body || (dialog?.contains(now) ?? false);
      if (lost && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
