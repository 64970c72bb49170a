import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The action a dialog is for: a plain button, or its form's submit button without onClick. */
export interface DialogAction {
  readonly label: string;
  readonly onClick?: () => void;
  readonly disabled?: boolean;
  /** Destroys or replaces something: drawn as a danger, never the default look. */
  readonly danger?: boolean;
}

interface Props {
  /** Leaves the dialog without doing anything (Esc does the same). */
  readonly onCancel: () => void;
  /** What the dismiss button says: Cancel by default; Close when the dialog only shows something. */
  readonly dismissLabel?: string;
  readonly dismissDisabled?: boolean;
  /** A confirmation that destroys something puts the focus on the safe button first. */
  readonly focusDismiss?: boolean;
  readonly action?: DialogAction;
  /** Set apart at the start of the row (e.g. a memo button). */
  readonly start?: ReactNode;
  /** Secondary buttons, between the dismiss button and the action. */
  readonly children?: ReactNode;
  readonly className?: string;
}

/**
 * The row of buttons at the foot of every dialog, in one order (dismiss, secondary actions,
 * the action last, at the right) and one look, so a researcher always finds them in the
 * same place.
 */
export function DialogButtons({
  onCancel,
  dismissLabel,
  dismissDisabled,
  focusDismiss,
  action,
  start,
  children,
  className,
}: Props) {
  const { t } = useTranslation();
  const actionClass = `button ${action?.danger ? 'button--danger' : 'button--primary'}`;
  return (
    <div className={`dialog__buttons ${className ?? ''}`}>
      {start}
      <button
        type="button"
        className="button"
        onClick={onCancel}
        disabled={dismissDisabled}
        autoFocus={focusDismiss}
      >
        {dismissLabel ?? t('app.cancel')}
      </button>
      {children}
      {action &&
        (action.onClick ? (
          <button type="button" className={actionClass} disabled={action.disabled} onClick={action.onClick}>
            {action.label}
          </button>
        ) : (
          <button type="submit" className={actionClass} disabled={action.disabled}>
            {action.label}
          </button>
        ))}
    </div>
  );
}
