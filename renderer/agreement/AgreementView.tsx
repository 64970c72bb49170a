import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementExplanations } from '../../app/agreement/explanations.ts';
import type { AgreementResult, AgreementUnit, CoderSummary } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { AgreementTable } from './AgreementTable.tsx';
import { DisagreementReview } from './DisagreementReview.tsx';

interface Props {
  readonly revision: number;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

const UNITS: readonly AgreementUnit[] = ['segment', 'char', 'document'];

/** Inter-coder agreement for the chosen coders and unit, with the review of disagreements. */
export function AgreementView({ revision, onChanged, onError }: Props) {
  const { t, i18n } = useTranslation();
  const [coders, setCoders] = useState<readonly CoderSummary[]>([]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [unit, setUnit] = useState<AgreementUnit>('segment');
  const [request, setRequest] = useState<{ coders: readonly string[]; unit: AgreementUnit } | null>(null);
  const [result, setResult] = useState<AgreementResult | null>(null);
  const [review, setReview] = useState<{ codeId: number; name: string } | null>(null);
  const [blind, setBlind] = useState(false);
  const explanations = agreementExplanations(i18n.language.startsWith('fr') ? 'fr' : 'en');

  useEffect(() => {
    let current = true;
    call('project/settings', {})
      .then((settings) => current && setBlind(settings.blindMode))
      .catch((error: unknown) => current && onError(error));
    call('coders/list', {})
      .then((list) => {
        if (!current) return;
        const active = list.filter((coder) => coder.codings > 0);
        setCoders(active);
        // The two most active coders are the usual comparison.
        setChosen((previous) =>
          previous.length >= 2 ? previous : active.slice(0, 2).map((coder) => coder.name),
        );
      })
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, onError]);

  // Run sets the request; the figures follow the project (after a resolution, for instance).
  useEffect(() => {
    if (request === null) return;
    let current = true;
    call('agreement/compute', { coders: [...request.coders], unit: request.unit })
      .then((value) => {
        if (!current) return;
        setResult(value);
        onError(null);
      })
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [request, revision, onError]);

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
                  setChosen((current) =>
                    event.target.checked
                      ? [...current, coder.name]
                      : current.filter((name) => name !== coder.name),
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
          revision={revision}
          onResolved={onChanged}
          onError={onError}
        />
      )}
      {review && result && !pair && <p className="muted">{t('agreement.reviewTwo')}</p>}
    </section>
  );
}
