import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt, QueryCount, QueryExcerpt } from '../../app/contract/index.ts';
import { ExcerptCard } from '../analysis/ExcerptCard.tsx';
import { mutate, useQuery } from '../api/useQuery.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { NO_FILTER, toAnalysisFilters, type FilterChoice } from '../views/analysisFilters.ts';
import { FilterBar } from '../views/FilterBar.tsx';
import { useFilterSources } from '../views/useFilterSources.ts';
import { QueryBuilder } from './QueryBuilder.tsx';
import { complete, completions } from './completion.ts';

interface Props {
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onError: (error: unknown) => void;
}

/** A query result as the excerpt cards show it: a range of text, not always one coding. */
function asExcerpt(excerpt: QueryExcerpt, index: number): Excerpt {
  return {
    codingId: -(index + 1),
    codeId: excerpt.codeId,
    codeName: excerpt.code,
    documentId: excerpt.documentId,
    documentName: excerpt.doc,
    start: excerpt.start,
    end: excerpt.end,
    quote: excerpt.text,
    coder: excerpt.coder,
    segmentOrdinal: null,
    speaker: null,
    timestamp: null,
    turns: null,
  };
}

function CountTable({ caption, rows }: { readonly caption: string; readonly rows: readonly QueryCount[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <table className="query-view__counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('queryView.name')}</th>
          <th scope="col">{t('queryView.results')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Coding queries (docs/ANALYSIS.md): an expression, typed or built, its excerpts and counts. */
export function QueryView({ codes, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [expression, setExpression] = useState('');
  const [filters, setFilters] = useState<FilterChoice>(NO_FILTER);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [saveName, setSaveName] = useState('');
  const [codeName, setCodeName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const sources = useFilterSources(onError);
  const contractFilters = useMemo(() => toAnalysisFilters(filters), [filters]);
  const names = useMemo(() => codes.map((code) => code.name), [codes]);
  const suggestions = completions(expression, names);

  // The query's own failure (an expression that does not parse, a code it does not know) is
  // shown under it, where the researcher is typing, not in the workspace's banner that would
  // stay over the other tabs.
  const queryRun = useQuery(
    'queries/run',
    submitted === null ? null : { expression: submitted, filters: contractFilters },
  );
  const result = queryRun.data ?? null;
  const saved = useQuery('queries/list', {}, onError).data ?? [];

  const run = (text = expression): void => {
    setNotice(null);
    setSubmitted(text.trim() === '' ? null : text.trim());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const first = suggestions[0];
    if (event.key === 'Tab' && !event.shiftKey && first !== undefined) {
      event.preventDefault();
      setExpression(complete(expression, first));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };
  const save = async (): Promise<void> => {
    if (saveName.trim() === '' || expression.trim() === '') return;
    try {
      await mutate('queries/save', { name: saveName.trim(), expression, filters: contractFilters });
      setNotice(t('queryView.savedAs', { name: saveName.trim() }));
      setSaveName('');
    } catch (error) {
      onError(error);
    }
  };
  const codeResults = async (): Promise<void> => {
    if (submitted === null || codeName.trim() === '') return;
    try {
      const done = await mutate('queries/codeResults', {
        expression: submitted,
        filters: contractFilters,
        codeName: codeName.trim(),
      });
      setNotice(t('queryView.coded', { count: done.count, name: codeName.trim() }));
      setCodeName('');
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className="analysis-view query-view" aria-labelledby="query-heading">
      <h2 id="query-heading">{t('queryView.heading')}</h2>
      <form
        className="query-view__expression"
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label htmlFor="query-expression">{t('queryView.expression')}</label>
        <input
          id="query-expression"
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={expression}
          placeholder={t('queryView.placeholder')}
          aria-describedby="query-help"
          onChange={(event) => setExpression(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button button--primary">
          {t('queryView.run')}
        </button>
      </form>
      {suggestions.length > 0 && (
        <ul className="query-view__suggestions" aria-label={t('queryView.suggestions')}>
          {suggestions.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setExpression(complete(expression, name));
                  document.getElementById('query-expression')?.focus();
                }}
              >
                {name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id="query-help" className="muted small">
        {t('queryView.help')}
      </p>
      <QueryBuilder names={names} expression={expression} onBuild={setExpression} />
      <FilterBar choice={filters} sources={sources} onChange={setFilters} />
      <div className="analysis-view__actions query-view__saved">
        <label>
          {t('queryView.saveName')}
          <input type="text" value={saveName} onChange={(event) => setSaveName(event.target.value)} />
        </label>
        <button type="button" className="button button--small" onClick={() => void save()}>
          {t('queryView.save')}
        </button>
        {saved.length > 0 && (
          <ul aria-label={t('queryView.savedList')}>
            {saved.map((query) => (
              <li key={query.name}>
                <button
                  type="button"
                  className="button button--small"
                  title={query.expression}
                  onClick={() => {
                    setExpression(query.expression);
                    run(query.expression);
                  }}
                >
                  {t('queryView.rerun', { name: query.name })}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('queryView.delete', { name: query.name })}
                  onClick={() => void mutate('queries/delete', { name: query.name }).catch(onError)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {submitted !== null &&
        (queryRun.error !== null ? (
          <ErrorNotice error={queryRun.error} />
        ) : result === null ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <>
            <p className="query-view__total" role="status">
              {t('queryView.count', { count: result.count, expression: result.expression })}
            </p>
            <div className="analysis-view__actions">
              <label>
                {t('queryView.codeAs')}
                <input type="text" value={codeName} onChange={(event) => setCodeName(event.target.value)} />
              </label>
              <button
                type="button"
                className="button button--small"
                disabled={result.count === 0 || codeName.trim() === ''}
                onClick={() => void codeResults()}
              >
                {t('queryView.codeResults')}
              </button>
            </div>
            <div className="query-view__tables">
              <CountTable caption={t('queryView.perDocument')} rows={result.documents} />
              <CountTable caption={t('queryView.perCase')} rows={result.cases} />
            </div>
            <div className="excerpts">
              {result.excerpts.map((excerpt, index) => (
                <ExcerptCard
                  key={`${excerpt.documentId}:${excerpt.start}:${excerpt.end}`}
                  excerpt={asExcerpt(excerpt, index)}
                  onOpen={onOpen}
                />
              ))}
            </div>
          </>
        ))}
    </section>
  );
}
