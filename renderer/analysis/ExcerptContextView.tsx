import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExcerptContext } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';

const CONTEXT_CHARS = 400;

/** The words around an excerpt, read when the researcher asks for them. */
export function ExcerptContextView({
  codingId,
  onError,
}: {
  readonly codingId: number;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [context, setContext] = useState<ExcerptContext | null>(null);
  useEffect(() => {
    let current = true;
    call('codings/context', { codingId, chars: CONTEXT_CHARS })
      .then((value) => current && setContext(value))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [codingId, onError]);
  if (!context) return <p className="muted small">{t('app.loading')}</p>;
  return (
    <p className="excerpt-context">
      {context.before}
      <mark>{context.quote}</mark>
      {context.after}
    </p>
  );
}
