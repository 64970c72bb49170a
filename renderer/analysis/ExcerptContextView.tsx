import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery.ts';

const CONTEXT_CHARS = 400;

/** The words around an excerpt (whole words, … where the turn goes on), read on demand. */
export function ExcerptContextView({
  codingId,
  onError,
}: {
  readonly codingId: number;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const context = useQuery('codings/context', { codingId, chars: CONTEXT_CHARS }, onError).data;
  if (!context) return <p className="muted small">{t('app.loading')}</p>;
  return (
    <p className="excerpt-context">
      {context.cutBefore && '… '}
      {context.before}
      <mark>{context.quote}</mark>
      {context.after}
      {context.cutAfter && ' …'}
    </p>
  );
}
