import { useTranslation } from 'react-i18next';

/** The last step of a dialog: one Close button, focused so Enter or Esc ends it. */
export function CloseFooter({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog__buttons">
      <button type="button" className="button button--primary" onClick={onClose} autoFocus>
        {t('app.close')}
      </button>
    </div>
  );
}
