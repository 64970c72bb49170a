import { useCallback, useEffect, useState } from 'react';
import type { Code, Coding, DocumentSummary } from '../../app/contract/index.ts';
import { ApiError } from '../api/client.ts';
import { queries, useQuery } from '../api/useQuery.ts';
import { domainsInvalidatedBy, EVERY_DOMAIN } from '../api/queryDomains.ts';
import type { CodingViewChoice } from '../team/codingView.ts';

const NO_DOCUMENTS: readonly DocumentSummary[] = [];
const NO_CODES: readonly Code[] = [];
const NO_CODINGS: readonly Coding[] = [];

/**
 * What the workspace shows, read through the query cache (the database is the source of
 * truth): a write made with `mutate` asks again only the reads it changed, so a new coding
 * re-reads the codings and counts, not the document's text.
 */
export function useWorkspaceData(
  onError: (error: unknown) => void,
  externalRevision: number,
  codingView: CodingViewChoice,
  rememberedId: number | null = null,
) {
  // Undefined until a document is chosen in this session: until then the one open when the
  // project was last left (lastPlace.ts), once the list shows it is still there.
  const [chosenId, setChosenId] = useState<number | null | undefined>(undefined);
  const listed = useQuery('documents/list', {}, onError).data;
  const documents = listed ?? NO_DOCUMENTS;
  const documentId =
    chosenId !== undefined
      ? chosenId
      : rememberedId !== null && documents.some((document) => document.id === rememberedId)
        ? rememberedId
        : null;
  const openDocument = useCallback((id: number | null) => setChosenId(id), []);
  // A document deleted elsewhere (another tab, the Electron menu, the CLI) must not stay
  // open, nor be asked for: its reads follow the list.
  const openId =
    documentId !== null && (listed === undefined || documents.some((d) => d.id === documentId))
      ? documentId
      : null;
  // Its text or codings asked for just as it was deleted (the reads asked again together, the
  // list's answer not in yet): not an error to show, the list read again closes it.
  const onDocumentError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') queries.invalidate(['documents']);
      else onError(error);
    },
    [onError],
  );
  const codes = useQuery('codes/list', {}, onError).data ?? NO_CODES;
  const detail = useQuery('documents/get', openId === null ? null : { id: openId }, onDocumentError).data;
  const codings = useQuery(
    'codings/ofDocument',
    openId === null
      ? null
      : {
          documentId: openId,
          view: codingView.view,
          ...(codingView.view === 'coder' ? { coder: codingView.coder } : {}),
        },
    onDocumentError,
  ).data;

  // The native menu imported or deleted documents.
  useEffect(() => {
    if (externalRevision > 0) queries.invalidate(domainsInvalidatedBy('documents/importFiles'));
  }, [externalRevision]);

  // Back in this window after working elsewhere: another tab on the same project (the web
  // shell), the CLI or a colleague's sync may have changed it meanwhile. Everything on screen
  // is asked again, so that Undo says what it will undo now and a deleted code is not offered.
  useEffect(() => {
    const onFocus = (): void => queries.invalidate([EVERY_DOMAIN]);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  /** After a write made with `call` rather than `mutate`: every read is asked again. */
  const changed = useCallback(() => queries.invalidate([EVERY_DOMAIN]), []);
  /** The open document's text changed (pseudonymisation): re-read it, not only its codings. */
  const textChanged = useCallback(
    () => queries.invalidate(domainsInvalidatedBy('pseudonymise/applyToDocuments')),
    [],
  );

  return {
    documents,
    codes,
    documentId: openId,
    openDocument,
    detail: detail && detail.id === openId ? detail : null,
    codings: codings ?? NO_CODINGS,
    changed,
    textChanged,
  };
}
