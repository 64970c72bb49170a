import { useCallback, useEffect, useState } from 'react';
import type { Code, Coding, DocumentDetail, DocumentSummary } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import type { CodingViewChoice } from '../team/codingView.ts';

/**
 * What the workspace shows, always re-read from the backend after a change (the database is
 * the source of truth). `revision` increases after every write so that panels re-read too.
 */
export function useWorkspaceData(
  onError: (error: unknown) => void,
  externalRevision: number,
  codingView: CodingViewChoice,
) {
  const [documents, setDocuments] = useState<readonly DocumentSummary[]>([]);
  const [codes, setCodes] = useState<readonly Code[]>([]);
  const [documentId, setDocumentId] = useState<number | null>(null);
  const [detail, setDetail] = useState<DocumentDetail | null>(null);
  const [codings, setCodings] = useState<readonly Coding[]>([]);
  const [revision, setRevision] = useState(0);

  const changed = useCallback(() => setRevision((value) => value + 1), []);
  // The open document's text changed (pseudonymisation): re-read it, not only its codings.
  const [textRevision, setTextRevision] = useState(0);
  const textChanged = useCallback(() => {
    setTextRevision((value) => value + 1);
    setRevision((value) => value + 1);
  }, []);

  useEffect(() => {
    let current = true;
    Promise.all([call('documents/list', {}), call('codes/list', {})])
      .then(([documentList, codeList]) => {
        if (!current) return;
        setDocuments(documentList);
        setCodes(codeList);
      })
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [revision, externalRevision, onError]);

  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    call('documents/get', { id: documentId })
      .then((document) => current && setDetail(document))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [documentId, textRevision, onError]);

  useEffect(() => {
    if (documentId === null) return;
    let current = true;
    call('codings/ofDocument', {
      documentId,
      view: codingView.view,
      ...(codingView.view === 'coder' ? { coder: codingView.coder } : {}),
    })
      .then((list) => current && setCodings(list))
      .catch((error: unknown) => current && onError(error));
    return () => {
      current = false;
    };
  }, [documentId, revision, externalRevision, codingView, onError]);

  // A document deleted elsewhere (the Electron menu, the CLI) must not stay open.
  const openId =
    documentId !== null && (documents.length === 0 || documents.some((d) => d.id === documentId))
      ? documentId
      : null;

  return {
    documents,
    codes,
    documentId: openId,
    openDocument: setDocumentId,
    detail: detail && detail.id === openId ? detail : null,
    codings,
    revision,
    changed,
    textChanged,
  };
}
