import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Memo, MemoSummary, MemoTargetKind } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useQuery } from '../api/useQuery.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { MemoEditorPanel } from './MemoEditorPanel.tsx';
import { MemoList } from './MemoList.tsx';
import { memoHeading, quoteLabel, type MemoTarget } from './memoTarget.ts';

interface Props {
  readonly onClose: () => void;
  readonly onError: (error: unknown) => void;
}

type KindFilter = 'all' | MemoTargetKind;
const KINDS: readonly MemoTargetKind[] = ['project', 'document', 'code', 'coding'];

interface Editing {
  /** Keeps the editor mounted while a new memo gets its id from its first save. */
  readonly key: string;
  readonly target: MemoTarget;
  readonly memo: Memo | null;
}

/** Every memo of the project, searchable and filtered by kind; the chosen one opens beside. */
export function MemoManager({ onClose, onError }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);

  // Saving a memo (mutate in useMemoAutosave) invalidates the memos domain: the list follows.
  const memos =
    useQuery(
      'memos/list',
      {
        ...(query.trim() === '' ? {} : { query: query.trim() }),
        ...(kind === 'all' ? {} : { targetKind: kind }),
      },
      onError,
      { keepPrevious: true },
    ).data ?? null;

  const open = async (summary: MemoSummary): Promise<void> => {
    try {
      const memo = await call('memos/get', { id: summary.id });
      const label =
        memo.targetKind === 'project'
          ? t('memos.project')
          : memo.targetKind === 'coding'
            ? quoteLabel(memo.targetLabel)
            : memo.targetLabel;
      setEditing({
        key: `memo-${memo.id}`,
        target: { kind: memo.targetKind, id: memo.targetId, label },
        memo,
      });
      setEditingId(memo.id);
    } catch (error) {
      onError(error);
    }
  };

  const onSaved = useCallback((memo: Memo) => setEditingId(memo.id), []);

  return (
    <Dialog title={t('memos.managerTitle')} onClose={onClose} className="memo-manager">
      <div className="memo-manager__body">
        <div className="memo-manager__side">
          <input
            type="search"
            className="memo-manager__search"
            aria-label={t('memos.search')}
            placeholder={t('memos.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <div className="memo-manager__kinds" role="radiogroup" aria-label={t('memos.filterLabel')}>
            {(['all', ...KINDS] as const).map((value) => (
              <label key={value} className={`memo-filter${kind === value ? ' memo-filter--on' : ''}`}>
                <input
                  type="radio"
                  name="memo-kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                {value === 'all' ? t('memos.all') : t(`memos.kind_${value}`)}
              </label>
            ))}
          </div>
          <button
            type="button"
            className="button button--small memo-manager__new"
            onClick={() =>
              setEditing({
                key: `new-${Date.now()}`,
                target: { kind: 'project', id: null, label: t('memos.project') },
                memo: null,
              })
            }
          >
            + {t('memos.projectButton')}
          </button>
          {memos === null ? (
            <p className="muted small">{t('app.loading')}</p>
          ) : memos.length === 0 ? (
            <p className="muted small">
              {query.trim() === '' && kind === 'all' ? t('memos.empty') : t('memos.noMatch')}
            </p>
          ) : (
            <MemoList memos={memos} selectedId={editingId} onOpen={(memo) => void open(memo)} />
          )}
        </div>
        <div className="memo-manager__editor">
          {editing ? (
            <>
              <h3 className="memo-manager__target">{memoHeading(editing.target, t)}</h3>
              <MemoEditorPanel
                key={editing.key}
                target={editing.target}
                memo={editing.memo}
                onSaved={onSaved}
                autoFocus={editing.memo === null}
              />
            </>
          ) : (
            <p className="muted memo-manager__choose">{t('memos.choose')}</p>
          )}
        </div>
      </div>
      <DialogButtons onCancel={onClose} dismissLabel={t('app.close')} />
    </Dialog>
  );
}
