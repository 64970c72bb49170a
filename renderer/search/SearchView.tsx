import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt, SearchHit, SearchResult } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { codingRanges, hitKey, hitsToCode, speakersKnown, type TurnChoice } from './searchSelection.ts';

interface Props {
  readonly codes: readonly Code[];
  readonly onOpen: (excerpt: Pick<Excerpt, 'documentId' | 'start' | 'end'>) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Full-text search (accents and case ignored; "phrases", prefix*, AND/OR/NOT, NEAR) with
 * results in context, grouped by document; the chosen results can be coded in one step,
 * as the matched words or as their whole turns.
 */
export function SearchView({ codes, onOpen, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [withinCode, setWithinCode] = useState<number | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [codeId, setCodeId] = useState<number | null>(null);
  const [unit, setUnit] = useState<'match' | 'segment'>('match');
  const [turns, setTurns] = useState<TurnChoice>('respondents');
  const [done, setDone] = useState<string | null>(null);

  const search = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (query.trim() === '') return;
    try {
      const found = await call('search/query', {
        query,
        ...(withinCode === null ? {} : { codeId: withinCode }),
      });
      setResult(found);
      // Nothing ticked: "Code" then codes every result, and ticks narrow it down.
      setChosen(new Set());
      setDone(null);
      onError(null);
    } catch (error) {
      onError(error);
    }
  };

  const codeChosen = async (): Promise<void> => {
    if (!result || codeId === null) return;
    const hits = toCode;
    if (hits.length === 0) {
      setDone(t('search.nothingToCode'));
      return;
    }
    try {
      const created = await call('codings/create', {
        items: codingRanges(hits, unit).map((range) => ({ ...range, codeId })),
      });
      setDone(
        t('search.coded', {
          count: created.length,
          name: codes.find((code) => code.id === codeId)?.name ?? '',
        }),
      );
      onChanged();
    } catch (error) {
      onError(error);
    }
  };

  const knowsSpeakers = result !== null && speakersKnown(result);
  // What Code will apply to, so that the bar says it before the click.
  const toCode = result ? hitsToCode(result, chosen, knowsSpeakers ? turns : 'all') : [];
  const toggle = (key: string): void =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const renderHit = (documentId: number, hit: SearchHit) => {
    const key = hitKey(documentId, hit);
    return (
      <li key={key} className="search-hit" data-hit={key}>
        <input
          type="checkbox"
          aria-label={t('search.choose', { text: hit.match })}
          checked={chosen.has(key)}
          onChange={() => toggle(key)}
        />
        <button
          type="button"
          className="search-hit__line"
          onClick={() => onOpen({ documentId, start: hit.start, end: hit.end })}
        >
          <span className="search-hit__meta">
            {[hit.speaker, hit.timestamp, t('excerpts.turn', { number: hit.segmentOrdinal + 1 })]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span className="search-hit__kwic">
            {hit.before}
            <mark>{hit.match}</mark>
            {hit.after}
          </span>
        </button>
      </li>
    );
  };

  return (
    <section className="analysis-view search-view" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('search.heading')}</h2>
      <form className="search-form" role="search" onSubmit={(event) => void search(event)}>
        <input
          type="search"
          aria-label={t('search.query')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select
          aria-label={t('search.within')}
          value={withinCode ?? ''}
          onChange={(event) => setWithinCode(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('search.everywhere')}</option>
          {codes.map((code) => (
            <option key={code.id} value={code.id}>
              {t('search.inCode', { name: code.name })}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary">
          {t('search.submit')}
        </button>
      </form>
      <p className="definition">{t('search.syntax')}</p>
      {result && (
        <>
          <p className="muted small" role="status">
            {t('search.total', { count: result.total })}
            {result.truncated ? ` ${t('search.truncated')}` : ''}
          </p>
          {result.total > 0 && (
            <div className="search-code-bar">
              <span>
                {chosen.size > 0
                  ? t('search.codeChosen', { count: toCode.length })
                  : t('search.codeAll', { count: toCode.length })}
              </span>
              <select
                aria-label={t('search.codeWith')}
                value={codeId ?? ''}
                onChange={(event) => setCodeId(event.target.value === '' ? null : Number(event.target.value))}
              >
                <option value="">{t('search.chooseCode')}</option>
                {codes.map((code) => (
                  <option key={code.id} value={code.id}>
                    {code.name}
                  </option>
                ))}
              </select>
              <select
                aria-label={t('search.unit')}
                value={unit}
                onChange={(event) => setUnit(event.target.value as 'match' | 'segment')}
              >
                <option value="match">{t('search.units.match')}</option>
                <option value="segment">{t('search.units.segment')}</option>
              </select>
              {knowsSpeakers && (
                <select
                  aria-label={t('search.turns')}
                  value={turns}
                  onChange={(event) => setTurns(event.target.value as TurnChoice)}
                >
                  <option value="respondents">{t('search.turnChoices.respondents')}</option>
                  <option value="all">{t('search.turnChoices.all')}</option>
                </select>
              )}
              <button
                type="button"
                className="button"
                disabled={codeId === null}
                onClick={() => void codeChosen()}
              >
                {t('search.apply')}
              </button>
              {done && <span role="status">{done}</span>}
            </div>
          )}
          {result.documents.map((group) => (
            <section key={group.documentId} className="search-group" aria-label={group.documentName}>
              <h3>
                {group.documentName} <span className="muted small">({group.hits.length})</span>
              </h3>
              <ul className="search-hits">{group.hits.map((hit) => renderHit(group.documentId, hit))}</ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
