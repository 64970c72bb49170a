import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, CodeDeletionPreview } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { mutate } from '../api/useQuery.ts';
import { MemoButton } from '../memos/MemoButton.tsx';
import { CodeActions } from './CodeActions.tsx';
import { CodeDetailsDialog } from './CodeDetailsDialog.tsx';
import { hasDefinition } from './CodeDefinition.tsx';
import { keyboardMove, type KeyboardMove, type MoveTarget } from './codeMoves.ts';
import { CodePreview, type PreviewState } from './CodePreview.tsx';
import { CodeRow } from './CodeRow.tsx';
import { filterTree, searchCodes } from './codeSearch.ts';
import { buildCodeTree, type CodeTreeNode } from './codeTree.ts';
import { DeleteCodeDialog } from './DeleteCodeDialog.tsx';
import { MergeCodeDialog } from './MergeCodeDialog.tsx';
import { NameForm } from './NameForm.tsx';
import { SplitCodeDialog } from './SplitCodeDialog.tsx';
import { treeKeyAction, visibleNodes } from './treeKeys.ts';
import { useCodeDrag } from './useCodeDrag.ts';

interface Props {
  readonly codes: readonly Code[];
  readonly selectedCodeId: number | null;
  readonly onSelect: (codeId: number | null) => void;
  readonly onError: (error: unknown) => void;
  /** The last undo or redo (its announcement): a status line about an earlier step is then stale. */
  readonly lastHistoryStep?: unknown;
}

type OpenDialog =
  | { readonly kind: 'details' | 'merge' | 'split'; readonly codeId: number }
  | { readonly kind: 'delete'; readonly code: Code; readonly preview: CodeDeletionPreview };

/**
 * The codebook: nested codes with colour and number of codings, and their editing. Memoised:
 * the workspace re-renders on every coding write and palette, the codebook only when its codes
 * or selection change.
 */
export const CodebookTree = memo(function CodebookTree({
  codes,
  selectedCodeId,
  onSelect,
  onError,
  lastHistoryStep,
}: Props) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  // Where a new code is being named: null (nowhere), 'top', or the parent's id.
  const [creatingUnder, setCreatingUnder] = useState<'top' | number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [status, setStatus] = useState('');
  // "Merged «a» into «b»" read after that merge was undone reads as a fault: an undo or redo
  // clears the status line (set again by whatever the researcher does next).
  const [stepSeen, setStepSeen] = useState(lastHistoryStep);
  if (stepSeen !== lastHistoryStep) {
    setStepSeen(lastHistoryStep);
    setStatus('');
  }
  const [preview, setPreview] = useState<PreviewState | null>(null);
  // Parents whose sub-codes are hidden, and the code last focused (the tree's one tab stop).
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [focusedId, setFocusedId] = useState<number | null>(null);
  // After a keyboard move the row is re-rendered elsewhere: focus follows it once the
  // codebook has been re-read (`before` is the list the move was made on).
  const refocus = useRef<{ id: number; before: readonly Code[] } | null>(null);
  // A code just created takes the focus once its row is drawn (the codebook is re-read after
  // the call, before or after its promise settles): Enter then names the next one from there.
  const [focusCreated, setFocusCreated] = useState<number | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const previewId = useId();

  const matches = useMemo(() => searchCodes(codes, query), [codes, query]);
  const searching = query.trim() !== '';
  const archivedCount = codes.filter((code) => code.archived).length;
  const shown = useMemo(
    () =>
      filterTree(tree, (code) => (showArchived || !code.archived) && (!searching || matches.has(code.id))),
    [tree, showArchived, searching, matches],
  );

  // While searching every match shows, even under a closed parent.
  const closed = useMemo(() => (searching ? new Set<number>() : collapsed), [searching, collapsed]);
  const visible = useMemo(() => visibleNodes(shown, closed), [shown, closed]);
  const tabStopId =
    [focusedId, selectedCodeId].find((id) => visible.some((node) => node.code.id === id)) ??
    visible[0]?.code.id ??
    null;

  const focusName = (id: number): void => {
    listRef.current
      ?.querySelector<HTMLElement>(`[data-code-id="${id}"] > .code-row .code-row__name`)
      ?.focus();
  };
  const setOpen = (id: number, open: boolean): void =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const onTreeKey = (id: number, key: string): boolean => {
    const action = treeKeyAction(visible, closed, id, key);
    if (action === null) return false;
    if (action.kind === 'focus') focusName(action.id);
    else setOpen(action.id, action.kind === 'expand');
    return true;
  };

  useEffect(() => {
    const wanted = refocus.current;
    if (wanted === null || wanted.before === codes) return;
    refocus.current = null;
    listRef.current
      ?.querySelector<HTMLElement>(`[data-code-id="${wanted.id}"] > .code-row .code-row__name`)
      ?.focus();
  }, [codes]);

  useEffect(() => {
    if (focusCreated === null || !codes.some((code) => code.id === focusCreated)) return;
    setFocusCreated(null);
    focusName(focusCreated);
  }, [codes, focusCreated]);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      onError(null);
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };

  const nameOf = (id: number | null): string =>
    id === null ? t('codebook.topLevel') : (codes.find((code) => code.id === id)?.name ?? '');

  const move = (id: number, target: MoveTarget, keepFocus = false): void => {
    // Set before the call: the re-read codebook may arrive before the call's promise settles.
    if (keepFocus) refocus.current = { id, before: codes };
    void run(() => mutate('codes/move', { id, ...target })).then((ok) => {
      if (!ok) {
        refocus.current = null;
        return;
      }
      setStatus(
        t('codebook.moved', {
          name: nameOf(id),
          parent: nameOf(target.parentId),
          position: target.index + 1,
        }),
      );
    });
  };
  const { dragging, rowDrag } = useCodeDrag(tree, move);

  const moveWithKeyboard = (id: number, direction: KeyboardMove): void => {
    const target = keyboardMove(tree, id, direction);
    if (target) move(id, target, true);
    else setStatus(t('codebook.cannotMove', { name: nameOf(id) }));
  };

  const create = async (name: string, parentId: number | null): Promise<void> => {
    let created: Code | null = null;
    const ok = await run(async () => {
      created = await mutate('codes/create', { name, parentId });
    });
    if (ok) {
      setCreatingUnder(null);
      if (created) {
        onSelect((created as Code).id);
        setFocusCreated((created as Code).id);
      }
    }
  };

  const askDelete = async (code: Code): Promise<void> => {
    try {
      setDialog({ kind: 'delete', code, preview: await call('codes/deletePreview', { id: code.id }) });
    } catch (error) {
      onError(error);
    }
  };

  const showPreview = (code: Code, row: HTMLElement | null): void => {
    if (!row || !hasDefinition(code)) {
      setPreview((current) => (current?.code.id === code.id || !row ? null : current));
      return;
    }
    const box = row.getBoundingClientRect();
    setPreview({ code, top: box.top, left: box.right + 12 });
  };

  const renderNode = (node: CodeTreeNode) => (
    <CodeRow
      key={node.code.id}
      node={node}
      selected={node.code.id === selectedCodeId}
      tabStop={node.code.id === tabStopId}
      collapsed={closed.has(node.code.id)}
      renaming={node.code.id === renamingId}
      match={matches.get(node.code.id)}
      drag={rowDrag(node.code.id)}
      previewId={preview?.code.id === node.code.id ? previewId : undefined}
      onSelect={() => onSelect(node.code.id === selectedCodeId ? null : node.code.id)}
      onRename={(name) =>
        void run(() => mutate('codes/update', { id: node.code.id, name })).then(
          (ok) => ok && setRenamingId(null),
        )
      }
      onCancelRename={() => setRenamingId(null)}
      onRecolour={(color) => void run(() => mutate('codes/update', { id: node.code.id, color }))}
      onKeyboardMove={(direction) => moveWithKeyboard(node.code.id, direction)}
      onTreeKey={(key) => onTreeKey(node.code.id, key)}
      onToggle={() => setOpen(node.code.id, closed.has(node.code.id))}
      onFocusName={() => setFocusedId(node.code.id)}
      onDetails={() => setDialog({ kind: 'details', codeId: node.code.id })}
      onPreview={(row) => showPreview(node.code, row)}
      childForm={
        creatingUnder === node.code.id ? (
          <NameForm
            label={t('codebook.newSubCodeLabel', { name: node.code.name })}
            submitLabel={t('codebook.add')}
            onSubmit={(name) => void create(name, node.code.id)}
            onCancel={() => setCreatingUnder(null)}
          />
        ) : null
      }
      renderChildren={(children) => children.map(renderNode)}
    />
  );

  const selectedCode = codes.find((code) => code.id === selectedCodeId);
  const dialogCode =
    dialog && dialog.kind !== 'delete' ? codes.find((code) => code.id === dialog.codeId) : null;
  const close = (): void => setDialog(null);

  return (
    <section className="codebook" aria-labelledby="codebook-heading">
      <header className="panel-header">
        <h2 id="codebook-heading">{t('codebook.heading')}</h2>
        <button type="button" className="button button--small" onClick={() => setCreatingUnder('top')}>
          + {t('codebook.newCode')}
        </button>
      </header>
      {creatingUnder === 'top' && (
        <NameForm
          label={t('codebook.newCodeLabel')}
          submitLabel={t('codebook.add')}
          onSubmit={(name) => void create(name, null)}
          onCancel={() => setCreatingUnder(null)}
        />
      )}
      {codes.length > 0 && (
        <div className="codebook__filters">
          <input
            type="search"
            className="codebook__search"
            aria-label={t('codebook.search')}
            placeholder={t('codebook.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {archivedCount > 0 && (
            <label className="codebook__archived-toggle small">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.target.checked)}
              />
              {t('codebook.showArchived', { count: archivedCount })}
            </label>
          )}
        </div>
      )}
      {codes.length === 0 && creatingUnder === null && <p className="muted">{t('codebook.empty')}</p>}
      {searching && shown.length === 0 && <p className="muted small">{t('codebook.noMatch')}</p>}
      <ul
        ref={listRef}
        className={`code-tree${dragging ? ' code-tree--dragging' : ''}`}
        aria-describedby={codes.length > 0 ? 'codebook-keys' : undefined}
      >
        {shown.map(renderNode)}
      </ul>
      {selectedCode && renamingId !== selectedCode.id && (
        <CodeActions
          code={selectedCode}
          codes={codes}
          onStartRename={() => setRenamingId(selectedCode.id)}
          onAddChild={() => {
            setCreatingUnder(selectedCode.id);
            setOpen(selectedCode.id, true);
          }}
          onDetails={() => setDialog({ kind: 'details', codeId: selectedCode.id })}
          onMerge={() => setDialog({ kind: 'merge', codeId: selectedCode.id })}
          onSplit={() => setDialog({ kind: 'split', codeId: selectedCode.id })}
          onMove={(parentId) => void run(() => mutate('codes/update', { id: selectedCode.id, parentId }))}
          onDelete={() => void askDelete(selectedCode)}
        />
      )}
      {codes.length > 0 && (
        <p id="codebook-keys" className="codebook__keys muted small">
          {t('codebook.keysHint')}
        </p>
      )}
      <p className="codebook__status" role="status">
        {status}
      </p>
      {preview && !dragging && <CodePreview id={previewId} state={preview} />}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog
          code={dialog.code}
          preview={dialog.preview}
          onCancel={close}
          onConfirm={() => {
            const { code, preview: counts } = dialog;
            close();
            void run(() => mutate('codes/delete', { id: code.id })).then(() => {
              if (selectedCodeId !== null && counts.codeIds.includes(selectedCodeId)) onSelect(null);
            });
          }}
        />
      )}
      {dialog?.kind === 'details' && dialogCode && (
        <CodeDetailsDialog
          code={dialogCode}
          memoButton={<MemoButton target={{ kind: 'code', id: dialogCode.id, label: dialogCode.name }} />}
          onClose={close}
          onError={onError}
        />
      )}
      {dialog?.kind === 'merge' && dialogCode && (
        <MergeCodeDialog
          source={dialogCode}
          codes={codes}
          onClose={close}
          onError={onError}
          onMerged={(report) => {
            close();
            onSelect(report.target.id);
            setStatus(
              t('codeEditor.merged', {
                source: dialogCode.name,
                target: report.target.name,
                moved: t('codeEditor.movedCount', { count: report.movedCodings }),
                collapsed: t('codeEditor.collapsedCount', { count: report.collapsedDuplicates }),
              }),
            );
          }}
        />
      )}
      {dialog?.kind === 'split' && dialogCode && (
        <SplitCodeDialog
          code={dialogCode}
          onClose={close}
          onError={onError}
          onSplit={(created, count) => {
            close();
            onSelect(created.id);
            setStatus(t('codeEditor.splitDone', { count, source: dialogCode.name, name: created.name }));
          }}
        />
      )}
    </section>
  );
});
