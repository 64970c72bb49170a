import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementExplanations } from '../../app/agreement/explanations.ts';
import type { AgreementUnit } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { DisagreementReview } from './DisagreementReview.tsx';

interface Props {
  readonly onError: (error: unknown) => void;
}

const UNITS: readonly AgreementUnit[] = ['segment', 'char', 'document'];

/** Inter-coder agreement for the chosen coders and unit, with the review of disagreements. */
export function AgreementView({ onError }: Props) {
  const { t, i18n } = useTranslation();
  const [picked, setChosen] = useState<readonly string[] | null>(null);
  const [unit, setUnit] = useState<AgreementUnit>('segment');
  const [request, setRequest] = useState<{ coders: readonly string[]; unit: AgreementUnit } | null>(null);
  const [review, setReview] = useState<{ codeId: number; name: string } | null>(null);
  const explanations = agreementExplanations(i18n.language.startsWith('fr') ? 'fr' : 'en');

  const blind = useQuery('project/settings', {}, onError).data?.blindMode ?? false;
  const coderList = useQuery('coders/list', {}, onError).data;
  const coders = useMemo(() => (coderList ?? []).filter((coder) => coder.codings > 0), [coderList]);
  // The two most active coders are the usual comparison, until the researcher chooses.
  const chosen = picked ?? coders.slice(0, 2).map((coder) => coder.name);
  // Run sets the request; the figures follow the project (after a resolution, for instance).
  const computed = useQuery(
    'agreement/compute',
    request === null ? null : { coders: [...request.coders], unit: request.unit },
    onError,
    { keepPrevious: true },
  );
  const result = computed.data ?? null;
  const computedError = computed.error;
  // A figure computed clears the error of an earlier attempt.
  useEffect(() => {
    if (result !== null && computedError === null) onError(null);
  }, [result, computedError, onError]);

  const pair = chosen.length === 2 ? ([chosen[0] ?? '', chosen[1] ?? ''] as const) : null;

  return (
    <section className="analysis-view agreement-view" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreement.heading')}</h2>
      <div className="analysis-view__controls">
        <fieldset className="agreement-view__coders">
          <legend>{t('agreement.coders')}</legend>
          {coders.length < 2 && (
            <p className="muted">{t(blind ? 'agreement.blindMode' : 'agreement.needTwo')}</p>
          )}
          {coders.map((coder) => (
            <label key={coder.name}>
              <input
                type="checkbox"
                checked={chosen.includes(coder.name)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked
                      ? [...chosen, coder.name]
                      : chosen.filter((name) => name !== coder.name),
                  )
                }
              />
              {coder.name} <span className="muted small">({coder.codings})</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('agreement.unit')}
          <select value={unit} onChange={(event) => setUnit(event.target.value as AgreementUnit)}>
            {UNITS.map((item) => (
              <option key={item} value={item}>
                {t(`agreement.unitNames.${item}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.length < 2}
          onClick={() => setRequest({ coders: [...chosen], unit })}
        >
          {t('agreement.run')}
        </button>
      </div>
      <div className="definition agreement-view__explain">
        <p>{explanations.units[unit]}</p>
        <p>{explanations.percent}</p>
        <p>{explanations.kappa}</p>
        <p>{explanations.alpha}</p>
        <p>
          {explanations.pooled} {explanations.documents}
        </p>
      </div>
      {result && (
        <>
          <p className="muted small">
            {t('agreement.compared', {
              coders: result.coders.join(', '),
              documents: result.documents.map((document) => document.name).join(', ') || '—',
            })}
          </p>
          <AgreementTable
            result={result}
            openCodeId={review?.codeId ?? null}
            onReview={(code) => setReview({ codeId: code.codeId, name: code.name })}
          />
        </>
      )}
      {review && result && pair && (
        <DisagreementReview
          key={`${review.codeId}:${result.unit}`}
          codeId={review.codeId}
          codeName={review.name}
          coders={pair}
          unit={result.unit}
          onError={onError}
        />
      )}
      {review && result && !pair && <p className="muted">{t('agreement.reviewTwo')}</p>}
    </section>
  );
}
