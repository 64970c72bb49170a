import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMember, TeamMemberRole } from '../../app/contract/index.ts';
import { TEAM_MEMBER_ROLES } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { relativeTime } from './relativeTime.ts';

interface Props {
  readonly isLead: boolean;
  /** Changes when the server's state may have changed (a sync, the connection back). */
  readonly freshness: string;
}

const quiet = (): void => undefined;

/** The team's members with their role, last sync and codings; the lead adds members. */
export function TeamMembers({ isLead, freshness }: Props) {
  const { t, i18n } = useTranslation();
  // Asked of the server: unreachable, the list says so rather than raising an error.
  const members = useQuery('team/members', {}, quiet);
  const { refetch } = members;
  const first = useRef(true);
  useEffect(() => {
    // The first answer is already on its way (useQuery asked on mount).
    if (first.current) first.current = false;
    else refetch();
  }, [freshness, refetch]);
  const list: readonly TeamMember[] = members.data ?? [];
  return (
    <section className="team-members" aria-labelledby="team-members-heading">
      <h3 id="team-members-heading" className="team-server__subheading">
        {t('teamServer.members')}
      </h3>
      {members.error !== null && members.data === undefined ? (
        <p className="muted small">{t('teamServer.membersUnavailable')}</p>
      ) : (
        <ul className="team-members__list">
          {list.map((member) => (
            <li key={member.name} className="team-members__item">
              <span className="team-members__name">{member.name}</span>
              <span className="muted small">
                {t('teamServer.memberLine', {
                  role: t(`teamServer.roles.${member.role}`),
                  count: member.codings,
                  when:
                    member.lastSyncAt === null
                      ? t('teamServer.never')
                      : relativeTime(member.lastSyncAt, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {isLead && <AddMemberForm />}
    </section>
  );
}

function AddMemberForm() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<TeamMemberRole>('coder');
  const [memberPassword, setMemberPassword] = useState('');
  // A coder of the project whose codings become the new member's (work from before the server).
  const [coder, setCoder] = useState('');
  const coders = useQuery('coders/list', {}, quiet).data ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const add = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      await mutate('team/addMember', {
        name: name.trim(),
        role,
        memberPassword,
        ...(coder === '' ? {} : { coder }),
      });
      setAdded(name.trim());
      setName('');
      setMemberPassword('');
      setCoder('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="team-members__add">
      <summary>{t('teamServer.addMember')}</summary>
      <form className="team-form" onSubmit={(event) => void add(event)}>
        <label className="field">
          <span className="field__label">{t('teamServer.memberName')}</span>
          <input
            type="text"
            name="member-name"
            value={name}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('teamServer.memberRole')}</span>
          <select value={role} onChange={(event) => setRole(event.target.value as TeamMemberRole)}>
            {TEAM_MEMBER_ROLES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`teamServer.roles.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        {role === 'coder' && coders.length > 0 && (
          <label className="field">
            <span className="field__label">{t('teamServer.memberCoder')}</span>
            <select name="member-coder" value={coder} onChange={(event) => setCoder(event.target.value)}>
              <option value="">{t('teamServer.memberCoderNew')}</option>
              {coders.map((choice) => (
                <option key={choice.name} value={choice.name}>
                  {t('teamServer.memberCoderExisting', { name: choice.name, count: choice.codings })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field__label">{t('teamServer.memberPassword')}</span>
          <input
            type="password"
            name="member-password"
            value={memberPassword}
            autoComplete="new-password"
            onChange={(event) => setMemberPassword(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button--small"
          disabled={busy || name.trim() === '' || memberPassword.length < 8}
        >
          {t('teamServer.addButton')}
        </button>
        {added !== null && (
          <p className="small" role="status">
            {t('teamServer.added', { name: added })}
          </p>
        )}
        <ErrorNotice error={error} />
      </form>
    </details>
  );
}
