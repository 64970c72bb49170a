import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary, ImportReport } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { fileToBase64 } from './readFiles.ts';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (documentId: number) => void;
  readonly onImported: (report: ImportReport) => void;
  readonly onError: (error: unknown) => void;
}

/** The project's documents, and import of transcripts with a per-file report. */
export function DocumentsPanel({ documents, selectedId, onOpen, onImported, onError }: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  const importFiles = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    setBusy(true);
    setReport(null);
    try {
      const readable: { name: string; base64: string }[] = [];
      const unreadable: { file: string; message: string }[] = [];
      for (const file of files) {
        try {
          readable.push({ name: file.name, base64: await fileToBase64(file) });
        } catch {
          unreadable.push({ file: file.name, message: t('documents.readFailed') });
        }
      }
      const result =
        readable.length > 0
          ? await call('documents/importFiles', { files: readable })
          : { imported: [], failed: [] };
      const full = { imported: result.imported, failed: [...result.failed, ...unreadable] };
      setReport(full);
      onError(null);
      onImported(full);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  return (
    <section className="documents" aria-labelledby="documents-heading">
      <header className="panel-header">
        <h2 id="documents-heading">{t('documents.heading')}</h2>
      </header>
      <label className={`button button--primary file-button${busy ? ' button--busy' : ''}`}>
        {busy ? t('documents.importing') : t('documents.import')}
        <input
          ref={inputRef}
          className="visually-hidden"
          type="file"
          multiple
          accept=".txt,.md"
          disabled={busy}
          aria-describedby="import-hint"
          onChange={(event) => void importFiles([...(event.target.files ?? [])])}
        />
      </label>
      <p id="import-hint" className="muted small">
        {t('documents.importHint')}
      </p>
      {report && (
        <div className="import-report" role="status" aria-label={t('documents.reportHeading')}>
          <div className="import-report__header">
            <strong>{t('documents.reportHeading')}</strong>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setReport(null)}
            >
              {t('app.dismiss')}
            </button>
          </div>
          {report.imported.length > 0 && (
            <p className="import-report__ok">{t('documents.imported', { count: report.imported.length })}</p>
          )}
          {report.failed.length > 0 && (
            <>
              <p className="import-report__failed-title">
                {t('documents.failed', { count: report.failed.length })}
              </p>
              <ul className="import-report__failures">
                {report.failed.map((failure) => (
                  <li key={failure.file} data-file={failure.file}>
                    {/* The backend's message usually starts with the file name already. */}
                    {failure.message.startsWith(failure.file) ? (
                      <>
                        <strong>{failure.file}</strong>
                        {failure.message.slice(failure.file.length)}
                      </>
                    ) : (
                      <>
                        <strong>{failure.file}</strong>: {failure.message}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((document) => (
            <li key={document.id}>
              <button
                type="button"
                className={`document-list__item${document.id === selectedId ? ' document-list__item--current' : ''}`}
                aria-current={document.id === selectedId ? 'true' : undefined}
                data-document-name={document.name}
                onClick={() => onOpen(document.id)}
              >
                <span className="document-list__name">{document.name}</span>
                <span className="document-list__meta">
                  {t('documents.segments', { count: document.segmentCount })} ·{' '}
                  {t('documents.codings', { count: document.codingCount })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
