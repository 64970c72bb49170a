import { useCallback, useEffect, useRef } from 'react';
import type { DocumentSummary } from '../../app/contract/index.ts';
import { mutate } from '../api/useQuery.ts';

/**
 * "Delete document…" of the document menu: deletes a document (one undoable event).
 *
 * The document is closed first, so that its text and codings are not asked again once it is
 * gone (a "not found" on screen); it opens again if the deletion fails. The menu that had
 * the focus goes with the document: once the list no longer shows it (its row, which could
 * have taken the focus, gone too), the focus goes to the document list.
 */
export function useDocumentDeletion(
  documents: readonly DocumentSummary[],
  openDocument: (id: number | null) => void,
  onError: (error: unknown) => void,
): (id: number) => void {
  const deletedId = useRef<number | null>(null);

  useEffect(() => {
    const id = deletedId.current;
    if (id === null || documents.some((document) => document.id === id)) return;
    deletedId.current = null;
    document.querySelector<HTMLElement>('.document-list')?.focus();
  }, [documents]);

  return useCallback(
    (id: number) => {
      openDocument(null);
      deletedId.current = id;
      mutate('documents/delete', { id }).catch((error: unknown) => {
        deletedId.current = null;
        openDocument(id);
        onError(error);
      });
    },
    [openDocument, onError],
  );
}
