import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooccurrencePair, Excerpt } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { ExcerptCard } from './ExcerptCard.tsx';
import { formatCoefficient } from './formatCoefficient.ts';

interface Props {
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

const SCOPE = 'overlap';

/** Pairs of codes whose codings overlap, with count and c, each drilling down to its excerpts. */
export function CooccurrencePanel({ onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const result = useQuery('analysis/cooccurrence', { scope: SCOPE }, onError).data ?? null;
  const [chosen, setChosen] = useState<{ aId: number; bId: number } | null>(null);
  // The open pair as it is now: after a change elsewhere it may have gone (codes deleted).
  const pair =
    (chosen &&
      result?.pairs.find((candidate) => candidate.aId === chosen.aId && candidate.bId === chosen.bId)) ??
    null;
  const instances =
    useQuery(
      'analysis/cooccurrenceExcerpts',
      pair ? { scope: SCOPE, codeA: pair.aId, codeB: pair.bId } : null,
      onError,
    ).data ?? null;

  const isOpen = (candidate: CooccurrencePair): boolean =>
    pair !== null && candidate.aId === pair.aId && candidate.bId === pair.bId;

  return (
    <div className="cooccurrence panel-body">
      <h3>{t('cooccurrence.heading')}</h3>
      <p className="definition">{t('cooccurrence.definition')}</p>
      {result === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : result.pairs.length === 0 ? (
        <p className="muted">{t('cooccurrence.empty')}</p>
      ) : (
        <>
          <table className="cooccurrence__table">
            <thead>
              <tr>
                <th scope="col">{t('cooccurrence.codeA')}</th>
                <th scope="col">{t('cooccurrence.codeB')}</th>
                <th scope="col" className="number">
                  {t('cooccurrence.count')}
                </th>
                <th scope="col" className="number">
                  {t('cooccurrence.c')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.pairs.map((candidate) => (
                <tr
                  key={`${candidate.aId}-${candidate.bId}`}
                  tabIndex={0}
                  className={isOpen(candidate) ? 'row--open' : undefined}
                  aria-current={isOpen(candidate) ? 'true' : undefined}
                  data-pair={`${candidate.a}|${candidate.b}`}
                  onClick={() => setChosen({ aId: candidate.aId, bId: candidate.bId })}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter' || event.key === ' ') {
                      event.preventDefault();
                      setChosen({ aId: candidate.aId, bId: candidate.bId });
                    }
                  }}
                >
                  <td>{candidate.a}</td>
                  <td>{candidate.b}</td>
                  <td className="number">{candidate.count}</td>
                  <td className="number">{formatCoefficient(candidate.c, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small code-totals">
            {t('cooccurrence.totals', {
              // Only the codes of the table, so a large codebook does not flood the panel.
              list: result.codes
                .filter((code) => result.pairs.some((p) => p.aId === code.id || p.bId === code.id))
                .map((code) => `${code.name} ${code.n}`)
                .join(' · '),
            })}
          </p>
          <p className="muted small">{t('cooccurrence.rowHint')}</p>
        </>
      )}
      {pair && (
        <section className="drilldown" aria-label={t('cooccurrence.drillHeading', { a: pair.a, b: pair.b })}>
          <h4>{t('cooccurrence.drillHeading', { a: pair.a, b: pair.b })}</h4>
          {instances === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <>
              <p className="muted small">{t('cooccurrence.instances', { count: instances.length })}</p>
              <ol className="drilldown__list">
                {instances.map((instance) => (
                  <li key={`${instance.a.codingId}-${instance.b.codingId}`} className="drilldown__instance">
                    <ExcerptCard excerpt={instance.a} onOpen={onOpen} />
                    <ExcerptCard excerpt={instance.b} onOpen={onOpen} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </div>
  );
}
