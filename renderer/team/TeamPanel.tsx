import { memo, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { mutate, useQuery } from '../api/useQuery.ts';
import { parseViewValue, viewValue, type CodingViewChoice } from './codingView.ts';
import { CodebookReviewDialog } from './CodebookReviewDialog.tsx';
import { IdentityDialog } from './IdentityDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { TeamServerSection } from './TeamServerSection.tsx';

interface Props {
  readonly view: CodingViewChoice;
  readonly onView: (view: CodingViewChoice) => void;
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Team work in the sidebar: who I am, which codings the transcript shows (all, mine, one
 * coder's, where coders differ), blind mode for the project, and merging a coder's project.
 */
export const TeamPanel = memo(function TeamPanel({ view, onView, onChanged, onError }: Props) {
  const { t } = useTranslation();
  // Coders and their counts, blind mode, the codebook's versions and proposals.
  const me = useQuery('coders/me', {}, onError).data ?? null;
  const coderList = useQuery('coders/list', {}, onError).data;
  const coders = useMemo(() => (coderList ?? []).filter((coder) => coder.codings > 0), [coderList]);
  const settings = useQuery('project/settings', {}, onError).data;
  const linked = useQuery('team/status', {}, onError).data?.linked ?? false;
  // A choice shown at once, until the settings read after it arrive (or the project refuses).
  const [pending, setPending] = useState<{ readonly blind: boolean; readonly over: unknown } | null>(null);
  const blind =
    pending !== null && pending.over === settings ? pending.blind : (settings?.blindMode ?? false);
  const [dialog, setDialog] = useState<'identity' | 'merge' | 'review' | null>(null);
  // Who is coding belongs to the whole window, so it sits in the top bar, always visible;
  // the slot exists before the workspace mounts (see App.tsx).
  const [identitySlot] = useState<HTMLElement | null>(() => document.getElementById('topbar-identity'));

  const setBlindMode = (value: boolean): void => {
    // Shown at once; put back if the project refuses.
    setPending({ blind: value, over: settings });
    mutate('project/setSettings', { blindMode: value })
      .then((saved) => {
        if (saved.blindMode !== value) setPending(null);
      })
      .catch((error: unknown) => {
        setPending(null);
        onError(error);
      });
  };

  const meButton = me && (
    <button
      type="button"
      className="button button--quiet button--small team-panel__me"
      title={t('team.identityTitle')}
      onClick={() => setDialog('identity')}
    >
      <span className="swatch" style={{ background: me.color }} aria-hidden="true" />
      {t('team.you', { name: me.name, initials: me.initials || '—' })}
    </button>
  );

  return (
    <section className="team-panel" aria-labelledby="team-heading">
      <header className="panel-header">
        <h2 id="team-heading">{t('team.heading')}</h2>
      </header>
      {meButton && (identitySlot ? createPortal(meButton, identitySlot) : meButton)}
      <label className="team-panel__view">
        {t('team.show')}
        <select
          value={blind ? 'mine' : viewValue(view)}
          disabled={blind}
          onChange={(event) => onView(parseViewValue(event.target.value))}
        >
          <option value="all">{t('team.views.all')}</option>
          <option value="mine">{t('team.views.mine')}</option>
          {coders.map((coder) => (
            <option key={coder.name} value={`coder:${coder.name}`}>
              {t('team.views.coder', { name: coder.name })}
            </option>
          ))}
          <option value="differ">{t('team.views.differ')}</option>
        </select>
      </label>
      {blind && <p className="muted small">{t('team.blindNote')}</p>}
      {/* A linked project follows the server's blind mode (the lead's switch below). */}
      {!linked && (
        <label className="team-panel__blind">
          <input type="checkbox" checked={blind} onChange={(event) => setBlindMode(event.target.checked)} />
          {t('team.blind')}
        </label>
      )}
      <TeamServerSection onChanged={onChanged} onError={onError} />
      <button type="button" className="button button--small" onClick={() => setDialog('merge')}>
        {t('team.mergeButton')}
      </button>
      <button type="button" className="button button--small" onClick={() => setDialog('review')}>
        {t('review.open')}
      </button>
      {dialog === 'review' && <CodebookReviewDialog onClose={() => setDialog(null)} />}
      {dialog === 'identity' && me && (
        <IdentityDialog
          identity={me}
          onClose={(identity) => {
            setDialog(null);
            // The identity is read again with every other read.
            if (identity) onChanged();
          }}
        />
      )}
      {dialog === 'merge' && (
        <MergeDialog
          onClose={(merged) => {
            setDialog(null);
            if (merged) onChanged();
          }}
        />
      )}
    </section>
  );
});
