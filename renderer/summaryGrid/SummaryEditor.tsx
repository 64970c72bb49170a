import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt, Summary } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { ExcerptList } from '../analysis/ExcerptList.tsx';
import { mutate } from '../api/useQuery.ts';

export interface SummaryCell {
  readonly caseId: number;
  readonly caseName: string;
  readonly codeId: number;
  readonly codeName: string;
  readonly documentIds: readonly number[];
}

interface Props {
  readonly cell: SummaryCell;
  /** The viewer's own summary of the cell, and the others they may see (read only). */
  readonly own: Summary | null;
  readonly others: readonly Summary[];
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

type Status = 'idle' | 'saving' | 'saved';

/** One cell of the grid: the summary being written beside the excerpts that feed it. */
export function SummaryEditor({ cell, own, others, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(own?.text ?? '');
  const [status, setStatus] = useState<Status>('idle');
  const [loaded, setLoaded] = useState<{ cell: SummaryCell; excerpts: readonly Excerpt[] } | null>(null);
  const excerpts = loaded?.cell === cell ? loaded.excerpts : null;
  useEffect(() => {
    let live = true;
    const documentIds = [...cell.documentIds];
    (documentIds.length === 0
      ? Promise.resolve([] as readonly Excerpt[])
      : call('codings/excerptsOfCode', { codeId: cell.codeId, documentIds })
    ).then(
      (list) => live && setLoaded({ cell, excerpts: list }),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [cell, onError]);

  // "Saved" only once the backend answered: the summary is then committed in the project file.
  const save = async (): Promise<void> => {
    setStatus('saving');
    try {
      // Through the query cache, so that the grid (and the history) read again.
      await mutate('summaries/save', { caseId: cell.caseId, codeId: cell.codeId, text });
      setStatus('saved');
    } catch (error) {
      setStatus('idle');
      onError(error);
    }
  };
  const heading = t('summaryGrid.cellHeading', { code: cell.codeName, case: cell.caseName });
  return (
    <section className="summary-editor" aria-label={heading}>
      <h3>{heading}</h3>
      <div className="summary-editor__columns">
        <div className="summary-editor__write">
          <label htmlFor="summary-text">{t('summaryGrid.yourSummary')}</label>
          <textarea
            id="summary-text"
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setStatus('idle');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void save();
              }
            }}
          />
          <div className="analysis-view__actions">
            <button
              type="button"
              className="button button--small"
              disabled={status === 'saving'}
              onClick={() => void save()}
            >
              {t('summaryGrid.save')}
            </button>
            <span role="status" className="muted small">
              {status === 'saved'
                ? t('summaryGrid.saved')
                : status === 'saving'
                  ? t('summaryGrid.saving')
                  : ''}
            </span>
          </div>
          {others.map((summary) => (
            <blockquote key={summary.id} className="summary-editor__other">
              <p className="muted small">{t('summaryGrid.by', { author: summary.author ?? '?' })}</p>
              <p>{summary.text}</p>
            </blockquote>
          ))}
        </div>
        <div className="summary-editor__excerpts">
          <h4>{t('summaryGrid.excerpts', { count: excerpts?.length ?? 0 })}</h4>
          <ExcerptList excerpts={excerpts} empty={t('summaryGrid.noExcerpts')} onOpen={onOpen} />
        </div>
      </div>
    </section>
  );
}
