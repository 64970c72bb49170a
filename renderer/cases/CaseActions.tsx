import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly name: string;
  readonly onDelete: () => void;
}

/**
 * A case's actions, folded at the end of its row. Tab from the last value of a row lands on
 * this disclosure, never on a delete button: deleting takes Enter, then Tab to the button
 * that names the case (and a confirmation; Undo brings the case back). Esc folds it again.
 */
export function CaseActions({ name, onDelete }: Props) {
  const { t } = useTranslation();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={detailsRef}
      className="case-actions"
      onKeyDown={(event) => {
        const details = detailsRef.current;
        if (event.key !== 'Escape' || !details?.open) return;
        details.open = false;
        details.querySelector('summary')?.focus();
      }}
    >
      <summary aria-label={t('cases.actionsOf', { name })} title={t('cases.actionsOf', { name })}>
        ⋯
      </summary>
      <button
        type="button"
        className="button button--quiet button--small"
        aria-label={t('cases.deleteCase', { name })}
        onClick={() => {
          if (window.confirm(t('cases.confirmDelete', { name }))) onDelete();
        }}
      >
        {t('cases.delete')}
      </button>
    </details>
  );
}
