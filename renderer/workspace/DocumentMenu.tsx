import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateVersion, type UpdateVersionHandle } from '../transcript/edit/UpdateVersion.tsx';
import { MenuButton } from '../ui/MenuButton.tsx';
import { RenameDocumentDialog } from './RenameDocumentDialog.tsx';

interface Props {
  readonly documentId: number;
  readonly documentName: string;
  readonly onEdit: () => void;
  readonly onCheckIdentifiers: () => void;
}

/**
 * "Document ▾" in the transcript header: the actions on the document itself (edit its text,
 * rename it, update it from a new version, check it for identifiers), in one menu so that the
 * header holds on one line at 1280×720 beside the actions used while coding.
 */
export function DocumentMenu({ documentId, documentName, onEdit, onCheckIdentifiers }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
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
    </>
  );
}
