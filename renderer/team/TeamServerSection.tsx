import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamActivity, TeamStatus } from '../../app/contract/index.ts';
import { ApiError, call } from '../api/client.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { messageOf } from '../ui/messageOf.ts';
import { CodebookReviewDialog } from './CodebookReviewDialog.tsx';
import { PasswordNote } from './PasswordNote.tsx';
import { PublishDialog } from './PublishDialog.tsx';
import { relativeTime } from './relativeTime.ts';
import { TeamMembers } from './TeamMembers.tsx';
import { useTeamActivity } from './teamActivity.ts';

interface Props {
  /** Reads again what the workspace shows (a pull brought other people's changes). */
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** Re-renders every half minute, so that "2 minutes ago" stays true. */
function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The team server part of the Team panel (docs/TEAM.md): publish when the project is not
 * linked; when it is, the connection, last sync, pending changes, "Sync now", the conflicts
 * the rules settled, the members, and for the lead adding members and blind mode.
 */
export function TeamServerSection({ onChanged, onError }: Props) {
  const activity = useTeamActivity(onChanged);
  const status = useQuery('team/status', {}, onError);
  const { refetch } = status;
  // The background sync moved: pending changes and last sync changed with it.
  const version = activity?.version;
  useEffect(() => {
    if (version !== undefined) refetch();
  }, [version, refetch]);
  const [publishing, setPublishing] = useState(false);
  const { t } = useTranslation();
  if (status.data === undefined) return null;
  if (!status.data.linked) {
    return (
      <>
        <button type="button" className="button button--small" onClick={() => setPublishing(true)}>
          {t('teamServer.publish')}
        </button>
        {publishing && (
          <PublishDialog
            onClose={(published) => {
              setPublishing(false);
              if (published) onChanged();
            }}
          />
        )}
      </>
    );
  }
  return <LinkedServer status={status.data} activity={activity} onError={onError} />;
}

function LinkedServer({
  status,
  activity,
  onError,
}: {
  readonly status: TeamStatus;
  readonly activity: TeamActivity | null;
  readonly onError: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const now = useClock();
  const [syncError, setSyncError] = useState<unknown>(null);
  const [reviewing, setReviewing] = useState(false);
  const connection = activity?.connection ?? 'off';
  const syncing = activity?.syncing ?? false;
  const isLead = status.role === 'lead';
  const serverError = activity?.error
    ? new ApiError(activity.error.code, activity.error.message, activity.error.key, activity.error.params)
    : null;
  const askPassword =
    activity?.error?.key === 'teamAuthFailed' || (connection === 'error' && !activity?.passwordKnown);

  const syncNow = (): void => {
    setSyncError(null);
    mutate('team/sync', {}).catch((caught: unknown) => setSyncError(caught));
  };

  return (
    <section className="team-server" aria-labelledby="team-server-heading">
      <h3 id="team-server-heading" className="team-server__subheading">
        {t('teamServer.server')}
      </h3>
      <p className="small team-server__line" title={status.url ?? ''}>
        {t('teamServer.serverLine', {
          member: status.member ?? '',
          role: status.role ? t(`teamServer.roles.${status.role}`) : '',
          server: hostOf(status.url),
        })}
      </p>
      <div className="team-server__state">
        {/* Announced when the connection changes, not at every sync. */}
        <div role="status" aria-live="polite">
          <p className={`team-server__connection team-server__connection--${connection}`}>
            <span className="team-server__dot" aria-hidden="true" />
            {t(`teamServer.connection.${connection}`)}
          </p>
          {serverError && connection !== 'online' && (
            <p className="small team-server__error">{messageOf(serverError)}</p>
          )}
        </div>
        <p className="small">
          {t('teamServer.lastSync', {
            when:
              status.lastSyncAt === null
                ? t('teamServer.never')
                : relativeTime(status.lastSyncAt, i18n.language, now),
          })}
        </p>
        <p className="small">{t('teamServer.pending', { count: status.pendingChanges })}</p>
      </div>
      {/* Not disabled while a sync runs: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        className="button button--small"
        aria-disabled={syncing}
        onClick={() => {
          if (!syncing) syncNow();
        }}
      >
        {syncing
          ? (activity?.sent ?? 0) > 0
            ? t('teamServer.syncingSent', { count: activity?.sent ?? 0 })
            : t('teamServer.syncing')
          : t('teamServer.syncNow')}
      </button>
      <ErrorNotice error={syncError} onDismiss={() => setSyncError(null)} />
      {askPassword && <PasswordForm member={status.member ?? ''} onError={onError} />}
      {status.conflicts > 0 && (
        <p className="small">
          {t('teamServer.conflicts', { count: status.conflicts })}{' '}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setReviewing(true)}
          >
            {t('teamServer.reviewProposals')}
          </button>
        </p>
      )}
      {isLead && <ServerBlind blind={status.blind} onError={onError} />}
      <TeamMembers isLead={isLead} freshness={`${connection}:${activity?.pulls ?? 0}`} />
      {reviewing && <CodebookReviewDialog initialTab="proposals" onClose={() => setReviewing(false)} />}
    </section>
  );
}

/** The host and database, without the login: short enough for the sidebar. */
function hostOf(url: string | null): string {
  if (url === null) return '';
  const match = /@([^/?]+)(\/[^?]*)?/u.exec(url);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : url;
}

function PasswordForm({
  member,
  onError,
}: {
  readonly member: string;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    call('team/usePassword', { password })
      .then(() => setPassword(''))
      .catch(onError);
  };
  return (
    <form className="team-form" onSubmit={submit}>
      <label className="field">
        <span className="field__label">{t('teamServer.passwordFor', { member })}</span>
        <input
          type="password"
          name="team-password"
          value={password}
          autoComplete="current-password"
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <PasswordNote />
      <button type="submit" className="button button--small" disabled={password === ''}>
        {t('teamServer.connect')}
      </button>
    </form>
  );
}

function ServerBlind({
  blind,
  onError,
}: {
  readonly blind: boolean;
  readonly onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<boolean | null>(null);
  return (
    <label className="team-panel__blind">
      <input
        type="checkbox"
        checked={shown ?? blind}
        onChange={(event) => {
          const value = event.target.checked;
          setShown(value);
          mutate('team/setBlind', { blind: value })
            .catch(onError)
            .finally(() => setShown(null));
        }}
      />
      {t('teamServer.blindServer')}
    </label>
  );
}
