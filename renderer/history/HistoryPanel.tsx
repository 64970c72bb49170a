import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/useQuery.ts';
import { describeChange } from './describeChange.ts';

interface Props {
  readonly onError: (error: unknown) => void;
}

const SHOWN = 200;

/** The project's changes, newest first: who, when, what, and whether it was undone. */
export function HistoryPanel({ onError }: Props) {
  const { t, i18n } = useTranslation();
  const entries = useQuery('history/list', { limit: SHOWN }, onError).data ?? null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="history panel-body">
      <h3>{t('history.heading')}</h3>
      <p className="definition">{t('history.definition')}</p>
      {entries === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol className="history__list">
          {entries.map((entry) => (
            <li
              key={entry.id}
              className={`history__entry history__entry--${entry.state}`}
              data-state={entry.state}
            >
              <span className="history__summary">{describeChange(t, entry.summary, entry.phrase)}</span>
              <span className="history__meta">
                {[
                  entry.coder,
                  when.format(new Date(entry.createdAt)),
                  entry.state === 'done' ? null : t(`history.states.${entry.state}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ol>
      )}
      {entries?.length === SHOWN && <p className="muted">{t('history.latestShown', { count: SHOWN })}</p>}
    </div>
  );
}
