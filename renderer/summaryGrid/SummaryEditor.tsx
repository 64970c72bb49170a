import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt, Summary } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { ExcerptList } from '../analysis/ExcerptList.tsx';
import { mutate } from '../api/useQuery.ts';
import { scrollToTopInPane } from '../ui/scrollIntoPane.ts';

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

  // What the project holds: leaving the text box (for another cell, say) saves what differs,
  // so that a summary typed and not saved with Ctrl+Enter is not lost with the editor.
  const savedText = useRef(own?.text ?? '');
  // "Saved" only once the backend answered: the summary is then committed in the project file.
  const save = async (): Promise<void> => {
    setStatus('saving');
    try {
      // Through the query cache, so that the grid (and the history) read again.
      await mutate('summaries/save', { caseId: cell.caseId, codeId: cell.codeId, text });
      savedText.current = text;
      setStatus('saved');
    } catch (error) {
      setStatus('idle');
      onError(error);
    }
  };
  // A cell opened is a cell to write in: the editor comes into view in its pane (the frame
  // never moves) and the text box takes the focus, so typing goes there at once.
  const sectionRef = useRef<HTMLElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (sectionRef.current) scrollToTopInPane(sectionRef.current);
    textRef.current?.focus({ preventScroll: true });
  }, []);
  const heading = t('summaryGrid.cellHeading', { code: cell.codeName, case: cell.caseName });
  return (
    <section ref={sectionRef} className="summary-editor" aria-label={heading}>
      <h3>{heading}</h3>
      <div className="summary-editor__columns">
        <div className="summary-editor__write">
          <label htmlFor="summary-text">{t('summaryGrid.yourSummary')}</label>
          <textarea
            ref={textRef}
            id="summary-text"
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setStatus('idle');
            }}
            onBlur={() => {
              if (text !== savedText.current) void save();
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
