import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateVersion, type UpdateVersionHandle } from '../transcript/edit/UpdateVersion.tsx';
import { MenuButton } from '../ui/MenuButton.tsx';
import { DeleteDocumentDialog } from './DeleteDocumentDialog.tsx';
import { RenameDocumentDialog } from './RenameDocumentDialog.tsx';

interface Props {
  readonly documentId: number;
  readonly documentName: string;
  /** All its codings, which a deletion takes with it (said in the confirmation). */
  readonly codingCount: number;
  readonly onEdit: () => void;
  readonly onCheckIdentifiers: () => void;
  /** Deletes the document, once confirmed (undoable). */
  readonly onDelete: () => void;
}

/**
 * "Document ▾" in the transcript header: the actions on the document itself (edit its text,
 * rename it, update it from a new version, check it for identifiers, delete it), in one menu so
 * that the header holds on one line at 1280×720 beside the actions used while coding.
 */
export function DocumentMenu({
  documentId,
  documentName,
  codingCount,
  onEdit,
  onCheckIdentifiers,
  onDelete,
}: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const update = useRef<UpdateVersionHandle>(null);
  return (
    <>
      <MenuButton
        label={t('documents.menu')}
        className="document-menu"
        items={[
          { id: 'edit', label: t('editing.enter'), onSelect: onEdit },
          { id: 'rename', label: t('documents.rename'), onSelect: () => setRenaming(true) },
          { id: 'update', label: t('updating.button'), onSelect: () => update.current?.chooseFiles() },
          { id: 'identifiers', label: t('identifiers.check'), onSelect: onCheckIdentifiers },
          // Last, apart from the everyday actions, drawn as a danger.
          {
            id: 'delete',
            label: t('documents.delete'),
            className: 'menu-button__item--danger',
            onSelect: () => setDeleting(true),
          },
        ]}
      />
      <UpdateVersion ref={update} documentId={documentId} documentName={documentName} />
      {renaming && (
        <RenameDocumentDialog
          documentId={documentId}
          name={documentName}
          onClose={() => setRenaming(false)}
        />
      )}
      {deleting && (
        <DeleteDocumentDialog
          name={documentName}
          codingCount={codingCount}
          onConfirm={onDelete}
          onCancel={() => setDeleting(false)}
        />
      )}
    </>
  );
}
