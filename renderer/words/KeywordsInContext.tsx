import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt, KeywordInContext, WordFrequencyRow } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';

interface Props {
  readonly row: WordFrequencyRow;
  readonly stem: boolean;
  readonly allSpeakers: boolean;
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

const lineKey = (line: KeywordInContext): string => `${line.documentId}:${line.start}`;

/** Every occurrence of the chosen word in context; a line opens in its transcript, or is coded. */
export function KeywordsInContext({ row, stem, allSpeakers, codes, onOpen, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const result = useQuery('words/inContext', { key: row.key, stem, allSpeakers }, onError).data ?? null;
  const [codeId, setCodeId] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const codeLine = async (line: KeywordInContext): Promise<void> => {
    const code = codes.find((candidate) => candidate.id === codeId);
    if (!code) {
      setDone(t('words.chooseCodeFirst'));
      return;
    }
    try {
      await call('codings/create', {
        items: [{ documentId: line.documentId, start: line.lineStart, end: line.lineEnd, codeId: code.id }],
      });
      setDone(t('words.lineCoded', { name: code.name }));
      onChanged();
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="kwic" aria-labelledby="kwic-heading">
      <h3 id="kwic-heading">{t('words.kwicHeading', { word: row.word })}</h3>
      {stem && row.forms.length > 1 && (
        <p className="muted small">
          {t('words.forms', { forms: row.forms.map((form) => form.form).join(', ') })}
        </p>
      )}
      <div className="kwic__bar">
        <label>
          {t('words.codeWith')}{' '}
          <select
            value={codeId ?? ''}
            onChange={(event) => setCodeId(event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">{t('words.chooseCode')}</option>
            {codes
              .filter((code) => !code.archived)
              .map((code) => (
                <option key={code.id} value={code.id}>
                  {code.name}
                </option>
              ))}
          </select>
        </label>
        {done && (
          <span role="status" className="muted small">
            {done}
          </span>
        )}
      </div>
      {result && (
        <>
          <p className="muted small" role="status">
            {t('words.kwicTotal', { count: result.total })}
            {result.total > result.lines.length
              ? ` ${t('words.kwicShown', { count: result.lines.length })}`
              : ''}
          </p>
          <ol className="kwic__lines">
            {result.lines.map((line) => (
              <li key={lineKey(line)} className="kwic__line">
                <button
                  type="button"
                  className="kwic__text"
                  onClick={() => onOpen({ documentId: line.documentId, start: line.start, end: line.end })}
                  title={t('words.openLine')}
                >
                  <span className="kwic__meta">
                    {[line.documentName, line.speaker].filter(Boolean).join(' · ')}
                  </span>
                  <span className="kwic__before">{line.before}</span>
                  <mark>{line.match}</mark>
                  <span className="kwic__after">{line.after}</span>
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('words.codeLineLabel', { text: `${line.before}${line.match}${line.after}` })}
                  onClick={() => void codeLine(line)}
                >
                  {t('words.codeLine')}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
