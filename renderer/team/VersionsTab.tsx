import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookVersion } from '../../app/contract/index.ts';
import { downloadFile } from '../analysis/download.ts';
import { call } from '../api/client.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { currentLanguage } from '../i18n/setup.ts';

const NO_VERSIONS: readonly CodebookVersion[] = [];

interface Props {
  readonly onError: (error: unknown) => void;
}

/** Frozen codebook versions, what changed since one of them, and its changelog. */
export function VersionsTab({ onError }: Props) {
  const { t, i18n } = useTranslation();
  const versions = useQuery('review/versions', {}, onError).data ?? NO_VERSIONS;
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);

  const versionId = chosen ?? versions[0]?.id ?? null;
  const changes =
    useQuery('review/changes', versionId === null ? null : { versionId }, onError, { keepPrevious: true })
      .data ?? null;

  const freeze = (event: FormEvent): void => {
    event.preventDefault();
    if (name.trim() === '') return;
    mutate('review/freeze', { name: name.trim() })
      .then((version) => {
        setName('');
        setChosen(version.id);
      })
      .catch(onError);
  };

  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="review-tab">
      <form className="inline-form" onSubmit={freeze}>
        <input
          aria-label={t('review.versionName')}
          placeholder={t('review.versionName')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {t('review.freeze')}
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="muted">{t('review.noVersion')}</p>
      ) : (
        <>
          <label className="review-tab__since">
            {t('review.since')}
            <select value={versionId ?? ''} onChange={(event) => setChosen(Number(event.target.value))}>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {t('review.versionLabel', {
                    name: version.name,
                    date: when.format(new Date(version.createdAt)),
                    by: version.createdBy,
                  })}
                </option>
              ))}
            </select>
          </label>
          {changes !== null && changes.length === 0 && <p className="muted">{t('review.noChange')}</p>}
          {changes !== null && changes.length > 0 && (
            <ul className="review-changes">
              {changes.map((change, index) => (
                <li key={index} data-kind={change.kind}>
                  <strong>{t(`review.kinds.${change.kind}`)}</strong> {change.code}
                  {change.detail ? <span className="muted"> — {change.detail}</span> : null}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={versionId === null}
            onClick={() =>
              versionId !== null &&
              void call('review/changelog', { versionId, format: 'md', language: currentLanguage() })
                .then(downloadFile)
                .catch(onError)
            }
          >
            {t('review.changelog')}
          </button>
        </>
      )}
    </div>
  );
}
