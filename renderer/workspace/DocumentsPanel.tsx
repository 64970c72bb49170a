import { memo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../app/contract/index.ts';
import { ExchangeImportDialog } from '../import/ExchangeImportDialog.tsx';
import { ImportDialog } from '../import/ImportDialog.tsx';
import { SurveyTableDialog } from '../import/SurveyTableDialog.tsx';
import { DocumentList } from './DocumentList.tsx';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (documentId: number) => void;
  readonly onImported: () => void;
}

const TRANSCRIPT_TYPES = '.txt,.md,.markdown,.docx,.odt,.pdf,.vtt,.srt';
const TABLE_TYPES = /\.(csv|tsv|xlsx)$/iu;
// A .qdpx is a zip: one renamed .zip (as some mail systems demand) is a project too.
const EXCHANGE_TYPES = /\.(qdpx|zip|qdc)$/iu;

/** The project's documents; import by the button or by dropping files on the panel. */
export const DocumentsPanel = memo(function DocumentsPanel({
  documents,
  selectedId,
  onOpen,
  onImported,
}: Props) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [transcripts, setTranscripts] = useState<File[] | null>(null);
  const [tables, setTables] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [exchange, setExchange] = useState<File[]>([]);

  const choose = (files: readonly File[]): void => {
    if (inputRef.current) inputRef.current.value = '';
    // Survey tables need their own mapping step; transcripts go through the import review.
    const chosenTables = files.filter((file) => TABLE_TYPES.test(file.name));
    // Projects and codebooks from other tools (REFI-QDA) are merged, one at a time.
    setExchange(files.filter((file) => EXCHANGE_TYPES.test(file.name)));
    const others = files.filter((file) => !TABLE_TYPES.test(file.name) && !EXCHANGE_TYPES.test(file.name));
    setTables(chosenTables);
    if (others.length > 0) setTranscripts(others);
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    choose([...event.dataTransfer.files]);
  };

  const closed = (imported: boolean): void => {
    if (imported) onImported();
  };

  return (
    <section
      className={`documents${dragging ? ' documents--drop' : ''}`}
      aria-labelledby="documents-heading"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <header className="panel-header">
        <h2 id="documents-heading">{t('documents.heading')}</h2>
      </header>
      {/* A real button (focus ring, Enter and Space) opening the hidden file input's dialog. */}
      <button
        type="button"
        className="button button--primary file-button"
        aria-describedby="import-hint"
        title={t('documents.importHint')}
        onClick={() => inputRef.current?.click()}
      >
        {t('documents.import')}
      </button>
      <input
        ref={inputRef}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        accept={`${TRANSCRIPT_TYPES},.csv,.tsv,.xlsx,.qdpx,.zip,.qdc`}
        onChange={(event) => choose([...(event.target.files ?? [])])}
      />
      {/* The formats in full while the project is empty; then one line, the codebook below
          needing the room (the button's tooltip keeps the formats). */}
      <p id="import-hint" className="muted small">
        {dragging
          ? t('importing.dropHere')
          : documents.length === 0
            ? t('documents.importHint')
            : t('documents.importHintShort')}
      </p>
      {transcripts && (
        <ImportDialog files={transcripts} onImported={onImported} onClose={() => setTranscripts(null)} />
      )}
      {!transcripts && !tables[0] && exchange[0] && (
        <ExchangeImportDialog
          key={exchange[0].name}
          file={exchange[0]}
          onClose={(imported) => {
            setExchange((current) => current.slice(1));
            closed(imported);
          }}
        />
      )}
      {!transcripts && tables[0] && (
        <SurveyTableDialog
          key={tables[0].name}
          file={tables[0]}
          onClose={(imported) => {
            setTables((current) => current.slice(1));
            closed(imported);
          }}
        />
      )}
      {documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <DocumentList documents={documents} selectedId={selectedId} onOpen={onOpen} />
      )}
    </section>
  );
});
