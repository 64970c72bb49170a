import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, DocumentSummary, NamedSet, SetKind } from '../../app/contract/index.ts';
import { mutate, useQuery } from '../api/useQuery.ts';

const NO_SETS: readonly NamedSet[] = [];
const NO_CODES: readonly Code[] = [];

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly onError: (error: unknown) => void;
}

/**
 * Document sets (e.g. "Foule Factory interviews") to filter analyses, and code groups
 * (a code may be in several). Members are ticked in a disclosure per set.
 */
export function SetsPanel({ documents, onError }: Props) {
  const { t } = useTranslation();
  const documentSets = useQuery('sets/list', { kind: 'document' }, onError).data ?? NO_SETS;
  const codeGroups = useQuery('sets/list', { kind: 'code' }, onError).data ?? NO_SETS;
  const sets: Record<SetKind, readonly NamedSet[]> = { document: documentSets, code: codeGroups };
  const codes = useQuery('codes/list', {}, onError).data ?? NO_CODES;
  const [names, setNames] = useState<Record<SetKind, string>>({ document: '', code: '' });

  const write = (promise: Promise<unknown>): void => {
    promise.catch(onError);
  };

  const create = (kind: SetKind) => (event: FormEvent) => {
    event.preventDefault();
    const name = names[kind].trim();
    if (name === '') return;
    write(mutate('sets/create', { kind, name }));
    setNames((current) => ({ ...current, [kind]: '' }));
  };

  const members = (kind: SetKind): readonly { id: number; name: string }[] =>
    kind === 'document' ? documents : codes;

  return (
    <div className="sets">
      {(['document', 'code'] as const).map((kind) => (
        <section key={kind} className="sets__kind" aria-labelledby={`sets-${kind}`}>
          <h3 id={`sets-${kind}`}>{t(`sets.${kind}.heading`)}</h3>
          <ul className="sets__list">
            {sets[kind].map((set) => (
              <li key={set.id} data-set={set.name}>
                <details>
                  <summary>
                    {set.name} <span className="muted small">({set.memberIds.length})</span>
                  </summary>
                  <ul>
                    {members(kind).map((member) => (
                      <li key={member.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={set.memberIds.includes(member.id)}
                            onChange={(event) =>
                              write(
                                mutate('sets/update', {
                                  kind,
                                  id: set.id,
                                  memberIds: event.target.checked
                                    ? [...set.memberIds, member.id]
                                    : set.memberIds.filter((id) => id !== member.id),
                                }),
                              )
                            }
                          />
                          {member.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                  <button
                    type="button"
                    className="button button--quiet button--small"
                    onClick={() => write(mutate('sets/delete', { kind, id: set.id }))}
                  >
                    {t('sets.delete')}
                  </button>
                </details>
              </li>
            ))}
          </ul>
          <form className="inline-form" onSubmit={create(kind)}>
            <input
              aria-label={t(`sets.${kind}.new`)}
              // The heading above says what is named; the full label would be cut in the sidebar.
              placeholder={t('sets.namePlaceholder')}
              value={names[kind]}
              onChange={(event) => setNames((current) => ({ ...current, [kind]: event.target.value }))}
            />
            <button type="submit" className="button button--small">
              {t('sets.create')}
            </button>
          </form>
        </section>
      ))}
    </div>
  );
}
