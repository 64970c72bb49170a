import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateBatchReport, UpdateReport } from '../../../app/contract/index.ts';
import { call } from '../../api/client.ts';
import { mutate } from '../../api/useQuery.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { fileToBase64 } from '../../workspace/readFiles.ts';
import { DialogButtons } from '../../ui/DialogButtons.tsx';

/** The same kinds of files import reads. */
const VERSION_TYPES = '.txt,.md,.markdown,.docx,.odt,.pdf,.vtt,.srt';

/** How the document menu starts an update: the file picker opens. */
export interface UpdateVersionHandle {
  chooseFiles(): void;
}

interface Props {
  readonly documentId: number;
  readonly documentName: string;
  readonly ref?: Ref<UpdateVersionHandle>;
}

interface NewVersion {
  readonly name: string;
  readonly base64: string;
}

/** One document's review: what the new version does to its codings. */
function ReportReview({ report }: { readonly report: UpdateReport }) {
  const { t } = useTranslation();
  return (
    <section className="update-review__document" data-document={report.document}>
      <h3>
        {report.document} <span className="muted small">← {report.file}</span>
      </h3>
      <p className="update-review__counts">
        <span data-count="kept">{t('updating.kept', { count: report.kept })}</span> ·{' '}
        <span data-count="moved">{t('updating.moved', { count: report.moved })}</span> ·{' '}
        <span data-count="changed">{t('updating.changed', { count: report.changed.length })}</span> ·{' '}
        <span data-count="unplaced">{t('updating.unplaced', { count: report.unplaced.length })}</span>
      </p>
      <p className="muted small">
        {t('updating.size', {
          removed: report.removedChars,
          inserted: report.insertedChars,
          before: report.segmentsBefore,
          after: report.segmentsAfter,
        })}
      </p>
      {report.changed.length > 0 && (
        <>
          <h4>{t('updating.changedHeading')}</h4>
          <ul className="update-review__list">
            {report.changed.map((coding) => (
              <li key={coding.codingId} className="update-review__changed">
                <strong>{coding.code}</strong>{' '}
                <span className="update-review__quote update-review__quote--before">«{coding.before}»</span> →{' '}
                <span className="update-review__quote update-review__quote--after">«{coding.after}»</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.unplaced.length > 0 && (
        <>
          <h4>{t('updating.unplacedHeading')}</h4>
          <p className="muted small">{t('updating.unplacedHint')}</p>
          <ul className="update-review__list">
            {report.unplaced.map((coding) => (
              <li key={coding.id} className="update-review__unplaced">
                <strong>{coding.code}</strong> <span className="update-review__quote">«{coding.quote}»</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

type Review =
  | { readonly kind: 'one'; readonly file: NewVersion; readonly report: UpdateReport }
  | { readonly kind: 'batch'; readonly files: NewVersion[]; readonly report: UpdateBatchReport };

/**
 * "Update from a new version…" (an item of the document menu, which calls `chooseFiles`): the
 * researcher chooses the transcriber's new file (or several, matched to documents by name);
 * the new text is aligned with the current one and each coding re-anchored in a preview,
 * reviewed here, and saved only on Apply, as one undoable change.
 */
export function UpdateVersion({ documentId, documentName, ref }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(ref, () => ({ chooseFiles: () => input.current?.click() }), []);
  const [reading, setReading] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [applying, setApplying] = useState(false);
  const [open, setOpen] = useState(false);

  const choose = async (chosen: readonly File[]): Promise<void> => {
    if (input.current) input.current.value = '';
    if (chosen.length === 0) return;
    setOpen(true);
    setReview(null);
    setReading(true);
    setError(null);
    try {
      const files = await Promise.all(
        chosen.map(async (file) => ({ name: file.name, base64: await fileToBase64(file) })),
      );
      const [only] = files;
      if (only && files.length === 1) {
        setReview({
          kind: 'one',
          file: only,
          report: await call('documents/previewUpdate', { id: documentId, file: only }),
        });
      } else {
        setReview({ kind: 'batch', files, report: await call('documents/previewUpdateBatch', { files }) });
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setReading(false);
    }
  };

  const apply = async (): Promise<void> => {
    if (!review || applying) return;
    setApplying(true);
    try {
      if (review.kind === 'one') await mutate('documents/applyUpdate', { id: documentId, file: review.file });
      else await mutate('documents/applyUpdateBatch', { files: review.files });
      setOpen(false);
    } catch (caught) {
      setError(caught);
    } finally {
      setApplying(false);
    }
  };

  const reports = review ? (review.kind === 'one' ? [review.report] : review.report.updated) : [];
  const failed = review?.kind === 'batch' ? review.report.failed : [];

  return (
    <>
      {/* Opened by the menu item; not a tab stop of its own. */}
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        tabIndex={-1}
        aria-label={t('updating.button')}
        accept={VERSION_TYPES}
        aria-describedby="update-version-hint"
        onChange={(event) => void choose([...(event.target.files ?? [])])}
      />
      <span id="update-version-hint" className="visually-hidden">
        {t('updating.buttonHint', { name: documentName })}
      </span>
      {open && (
        <Dialog
          title={
            review?.kind === 'batch'
              ? t('updating.titleBatch', { count: review.files.length })
              : t('updating.title', { name: documentName })
          }
          className="update-review"
          onClose={() => !applying && setOpen(false)}
        >
          <ErrorNotice error={error} />
          {reading && <p role="status">{t('updating.reading')}</p>}
          {!reading && review && (
            <>
              <p className="muted">{t('updating.intro')}</p>
              {reports.map((report) => (
                <ReportReview key={report.documentId} report={report} />
              ))}
              {failed.length > 0 && (
                <ul className="update-review__failed">
                  {failed.map((failure) => (
                    <li key={failure.file} data-file={failure.file}>
                      <strong>{failure.file}</strong>: {failure.message}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <DialogButtons
            onCancel={() => setOpen(false)}
            dismissDisabled={applying}
            action={{
              label: t('updating.apply', { count: reports.length }),
              disabled: reading || applying || reports.length === 0,
              onClick: () => void apply(),
            }}
          />
        </Dialog>
      )}
    </>
  );
}
