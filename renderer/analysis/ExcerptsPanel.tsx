import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, Excerpt, NamedSet } from '../../app/contract/index.ts';
import { useQuery } from '../api/useQuery.ts';
import { CopyExcerptButton } from './CopyExcerptButton.tsx';
import { ExcerptCard } from './ExcerptCard.tsx';
import { ExcerptContextView } from './ExcerptContextView.tsx';
import { ExcerptSelectionBar } from './ExcerptSelectionBar.tsx';

interface Props {
  readonly code: Code | null;
  readonly onOpen: (excerpt: Excerpt) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * A code's excerpts: filtered by document set and speaker, each with its context on demand;
 * several can be chosen to recode or uncode them at once.
 */
export function ExcerptsPanel({ code, onOpen, onError }: Props) {
  const { t } = useTranslation();
  const [setId, setSetId] = useState<number | null>(null);
  const [speakers, setSpeakers] = useState('');
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [picked, setChosen] = useState<ReadonlySet<number>>(new Set());
  const codeId = code?.id ?? null;
  const sets: readonly NamedSet[] = useQuery('sets/list', { kind: 'document' }, onError).data ?? [];
  const documentIds = sets.find((set) => set.id === setId)?.memberIds;
  const speakerList = useMemo(
    () =>
      speakers
        .split(',')
        .map((speaker) => speaker.trim())
        .filter((speaker) => speaker !== ''),
    [speakers],
  );
  const excerpts = useQuery(
    'codings/excerptsOfCode',
    codeId === null
      ? null
      : {
          codeId,
          ...(documentIds ? { documentIds: [...documentIds] } : {}),
          ...(speakerList.length > 0 ? { speakers: speakerList } : {}),
        },
    onError,
  );
  // The answer for these filters (the previous one while it is asked again after a write).
  const list: readonly Excerpt[] | null = excerpts.data ?? null;
  // Choices of excerpts that left the list (recoded, filtered out) are dropped.
  const chosen: ReadonlySet<number> = new Set(
    (list ?? []).map((excerpt) => excerpt.codingId).filter((id) => picked.has(id)),
  );

  if (!code) return <p className="muted panel-body">{t('excerpts.choose')}</p>;
  const toggle = (set: ReadonlySet<number>, id: number): Set<number> => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  return (
    <div className="excerpts panel-body" aria-live="polite">
      <h3 className="excerpts__heading">
        <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
        {t('excerpts.heading', { name: code.name })}
      </h3>
      <div className="excerpts__filters">
        <select
          aria-label={t('filters.set')}
          value={setId ?? ''}
          onChange={(event) => setSetId(event.target.value === '' ? null : Number(event.target.value))}
        >
          <option value="">{t('filters.allDocuments')}</option>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.name}
            </option>
          ))}
        </select>
        <input
          type="text"
          aria-label={t('filters.speakers')}
          placeholder={t('filters.speakersPlaceholder')}
          value={speakers}
          onChange={(event) => setSpeakers(event.target.value)}
        />
      </div>
      {list === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t('excerpts.none')}</p>
      ) : (
        <>
          <ExcerptSelectionBar
            count={chosen.size}
            total={list.length}
            currentCodeId={code.id}
            codingIds={[...chosen]}
            onSelectAll={(all) =>
              setChosen(all ? new Set(list.map((excerpt) => excerpt.codingId)) : new Set())
            }
            onDone={() => setChosen(new Set())}
            onError={onError}
          />
          <ul className="excerpt-list">
            {list.map((excerpt) => (
              <li key={excerpt.codingId} className="excerpt-item">
                <div className="excerpt-item__row">
                  <input
                    type="checkbox"
                    aria-label={t('excerpts.chooseOne', { quote: excerpt.quote.slice(0, 60) })}
                    checked={chosen.has(excerpt.codingId)}
                    onChange={() => setChosen((current) => toggle(current, excerpt.codingId))}
                  />
                  <ExcerptCard excerpt={excerpt} onOpen={onOpen} />
                </div>
                <CopyExcerptButton codingId={excerpt.codingId} onError={onError} />
                <button
                  type="button"
                  className="button button--quiet button--small excerpt-item__context"
                  aria-expanded={open.has(excerpt.codingId)}
                  onClick={() => setOpen((current) => toggle(current, excerpt.codingId))}
                >
                  {open.has(excerpt.codingId) ? t('excerpts.hideContext') : t('excerpts.showContext')}
                </button>
                {open.has(excerpt.codingId) && (
                  <ExcerptContextView codingId={excerpt.codingId} onError={onError} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
