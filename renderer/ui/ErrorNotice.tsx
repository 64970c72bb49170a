import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { messageOf } from './messageOf.ts';

interface Props {
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/**
 * A failed call, shown where it happened: a short translated title for the error code and,
 * under it, the backend's own message (English, but specific: which file, which line).
 */
export function ErrorNotice({ error, onDismiss }: Props) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const title = error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.unexpected');
  const message = messageOf(error);
  return (
    <div className="error-notice" role="alert">
      <div className="error-notice__text">
        <strong className="error-notice__title">{title}</strong>
        <p className="error-notice__message">{message}</p>
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
