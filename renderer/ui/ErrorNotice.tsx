import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { messageOf, technicalDetailOf } from './messageOf.ts';

interface Props {
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/**
 * A failed call, shown where it happened: a short translated title for the error code and,
 * under it, the message in the interface's language (renderer/ui/messageOf.ts); when only
 * the code's general sentence could be translated, the backend's specific English sentence
 * is one click away, folded, for whoever looks into the problem.
 */
export function ErrorNotice({ error, onDismiss }: Props) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  const title = error instanceof ApiError ? t(`errors.${error.code}`) : t('errors.unexpected');
  const message = messageOf(error);
  const detail = technicalDetailOf(error);
  return (
    <div className="error-notice" role="alert">
      <div className="error-notice__text">
        <strong className="error-notice__title">{title}</strong>
        <p className="error-notice__message">{message}</p>
        {detail !== null && (
          <details className="error-notice__detail">
            <summary>{t('errorDetails.technical')}</summary>
            <p lang="en">{detail}</p>
          </details>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.dismiss')}
        </button>
      )}
    </div>
  );
}
