import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code, CodeDeletionPreview } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { buildCodeTree, type CodeTreeNode } from './codeTree.ts';
import { CodeRow } from './CodeRow.tsx';
import { DeleteCodeDialog } from './DeleteCodeDialog.tsx';
import { NameForm } from './NameForm.tsx';

interface Props {
  readonly codes: readonly Code[];
  readonly selectedCodeId: number | null;
  readonly onSelect: (codeId: number | null) => void;
  /** After any change: the codebook, counts and panels are re-read from the backend. */
  readonly onChanged: () => void;
  readonly onError: (error: unknown) => void;
}

/** The codebook: nested codes with colour and number of codings, and their editing. */
export function CodebookTree({ codes, selectedCodeId, onSelect, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  // Where a new code is being named: null (nowhere), 'top', or the parent's id.
  const [creatingUnder, setCreatingUnder] = useState<'top' | number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<{ code: Code; preview: CodeDeletionPreview } | null>(null);

  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      onError(null);
      onChanged();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };

  const create = async (name: string, parentId: number | null): Promise<void> => {
    let created: Code | null = null;
    const ok = await run(async () => {
      created = await call('codes/create', { name, parentId });
    });
    if (ok) {
      setCreatingUnder(null);
      if (created) onSelect((created as Code).id);
    }
  };

  const askDelete = async (code: Code): Promise<void> => {
    try {
      setDeleting({ code, preview: await call('codes/deletePreview', { id: code.id }) });
    } catch (error) {
      onError(error);
    }
  };

  const renderNode = (node: CodeTreeNode) => (
    <CodeRow
      key={node.code.id}
      node={node}
      codes={codes}
      selected={node.code.id === selectedCodeId}
      renaming={node.code.id === renamingId}
      onSelect={() => onSelect(node.code.id === selectedCodeId ? null : node.code.id)}
      onStartRename={() => setRenamingId(node.code.id)}
      onRename={(name) =>
        void run(() => call('codes/update', { id: node.code.id, name })).then(
          (ok) => ok && setRenamingId(null),
        )
      }
      onCancelRename={() => setRenamingId(null)}
      onRecolour={(color) => void run(() => call('codes/update', { id: node.code.id, color }))}
      onMove={(parentId) => void run(() => call('codes/update', { id: node.code.id, parentId }))}
      onAddChild={() => setCreatingUnder(node.code.id)}
      onDelete={() => void askDelete(node.code)}
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
      {codes.length === 0 && creatingUnder === null && <p className="muted">{t('codebook.empty')}</p>}
      <ul className="code-tree">{tree.map(renderNode)}</ul>
      {deleting && (
        <DeleteCodeDialog
          code={deleting.code}
          preview={deleting.preview}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { code } = deleting;
            setDeleting(null);
            void run(() => call('codes/delete', { id: code.id })).then(() => {
              if (selectedCodeId !== null && deleting.preview.codeIds.includes(selectedCodeId))
                onSelect(null);
            });
          }}
        />
      )}
    </section>
  );
}
