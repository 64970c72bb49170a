import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_DECISIONS } from '../../app/contract/index.ts';
import type {
  AgreementDecision,
  AgreementDecisionRecord,
  AgreementUnit,
  DisagreementPlace,
} from '../../app/contract/index.ts';
import { turnSpeakers } from '../../app/text/quoteTurns.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { QuoteParts } from '../analysis/QuoteParts.tsx';

interface Props {
  readonly codeId: number;
  readonly codeName: string;
  readonly coders: readonly [string, string];
  readonly unit: AgreementUnit;
  readonly onError: (error: unknown) => void;
}

type Decided = Pick<AgreementDecisionRecord, 'decision' | 'note'>;

const placeKey = (place: DisagreementPlace): string => `${place.documentId}:${place.start}`;

/** Who speaks in a place: every speaker of a place across turns, never only the first. */
const whoSpeaks = (place: DisagreementPlace): string | null =>
  place.turns === null ? place.speaker : turnSpeakers(place.turns).join(' / ');

/**
 * The places to show: those still in disagreement, plus those settled in this review.
 * A settled place usually leaves the backend's list (the coders now agree there), so it is
 * kept here as it was, with its decision, for the researcher to see what was done.
 */
function withSettled(
  places: readonly DisagreementPlace[],
  settled: ReadonlyMap<string, { place: DisagreementPlace; decided: Decided }>,
): { place: DisagreementPlace; decided: Decided | null }[] {
  const listed = new Set(places.map(placeKey));
  return [
    // A listed place shows what the backend says: after an undo it is open again.
    ...places.map((place) => ({ place, decided: place.resolution ?? null })),
    ...[...settled.entries()].filter(([key]) => !listed.has(key)).map(([, entry]) => entry),
  ].sort((a, b) => a.place.documentId - b.place.documentId || a.place.start - b.place.start);
}

/**
 * Every place where the two coders differ on one code, side by side, with the four
 * decisions; a decision is recorded in the project's history with its note.
 */
export function DisagreementReview({ codeId, codeName, coders, unit, onError }: Props) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [settled, setSettled] = useState<ReadonlyMap<string, { place: DisagreementPlace; decided: Decided }>>(
    new Map(),
  );

  const places =
    useQuery('agreement/disagreements', { coders: [...coders], unit, codeId }, onError).data ?? null;

  const resolve = (place: DisagreementPlace, decision: AgreementDecision): void => {
    const key = placeKey(place);
    const note = notes[key]?.trim() ?? '';
    mutate('agreement/resolve', {
      codeId,
      documentId: place.documentId,
      start: place.start,
      end: place.end,
      decision,
      coders: [coders[0], coders[1]],
      ...(note ? { note } : {}),
    })
      .then(() => {
        setSettled((current) => new Map(current).set(key, { place, decided: { decision, note } }));
        onError(null);
      })
      .catch(onError);
  };

  return (
    <section className="disagreements" aria-labelledby="disagreements-heading">
      <h3 id="disagreements-heading">{t('agreement.reviewHeading', { name: codeName })}</h3>
      {places === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          {places.every((place) => place.resolution !== null) && (
            <p className="muted">{t('agreement.noDisagreement')}</p>
          )}
          <ol className="disagreements__list">
            {withSettled(places, settled).map(({ place, decided }) => {
              const key = placeKey(place);
              return (
                <li
                  key={key}
                  className="disagreement"
                  data-place={key}
                  data-decided={decided ? decided.decision : undefined}
                >
                  <p className="disagreement__where">
                    <strong>{place.documentName}</strong>
                    {whoSpeaks(place) ? ` · ${whoSpeaks(place)}` : ''}
                  </p>
                  <blockquote className="disagreement__text">
                    {place.turns === null ? place.text : <QuoteParts turns={place.turns} />}
                  </blockquote>
                  <div className="disagreement__sides">
                    {place.byCoder.map((side) => (
                      <div
                        key={side.coder}
                        className={`disagreement__side${side.covered ? '' : ' disagreement__side--empty'}`}
                      >
                        <strong>{side.coder}</strong>
                        {side.covered ? (
                          side.codings.map((coding) => <q key={coding.id}>{coding.quote}</q>)
                        ) : (
                          <span className="muted">{t('agreement.notCoded')}</span>
                        )}
                      </div>
                    ))}
                  </div>
                  {decided ? (
                    <p className="disagreement__decided" role="status">
                      {t('agreement.decided', {
                        decision: t(`agreement.decisions.${decided.decision}`, {
                          a: coders[0],
                          b: coders[1],
                        }),
                      })}
                      {decided.note ? ` — ${decided.note}` : ''}
                    </p>
                  ) : (
                    <div className="disagreement__actions">
                      <input
                        type="text"
                        aria-label={t('agreement.note')}
                        placeholder={t('agreement.note')}
                        value={notes[key] ?? ''}
                        onChange={(event) =>
                          setNotes((current) => ({ ...current, [key]: event.target.value }))
                        }
                      />
                      {AGREEMENT_DECISIONS.map((decision) => (
                        <button
                          key={decision}
                          type="button"
                          className="button button--small"
                          onClick={() => resolve(place, decision)}
                        >
                          {t(`agreement.decisions.${decision}`, { a: coders[0], b: coders[1] })}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
