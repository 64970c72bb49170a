import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { qdcFileName, type Code, type JobStatus } from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { useJob } from '../import/useJob.ts';
import { CodebookExportDialog } from '../exports/CodebookExportDialog.tsx';
import { ExportDialog } from '../exports/ExportDialog.tsx';
import { IdentifierWarning } from '../exports/IdentifierWarning.tsx';
import { usePreExportScan } from '../exports/usePreExportScan.ts';
import { chooseExportTarget, saveJobResult, savesToChosenFile } from '../exports/saveToChosenFile.ts';
import { downloadStreamed, streamsDownloads } from './download.ts';
import { useFileExport } from '../exports/useFileExport.ts';

interface Props {
  readonly selectedCode: Code | null;
  readonly onError: (error: unknown) => void;
}

type Open = { kind: 'excerpts'; code?: Code } | { kind: 'codebook' } | null;

/**
 * Exports for papers: coded excerpts (all codes or the selected one) and the codebook open
 * a dialog with the options; the REFI-QDA exchange files download at once. The identifier
 * scan runs before each of them.
 */
export function ExportButtons({ selectedCode, onError }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  // A new export begins: the notice of the previous one would read as this one's.
  const begin = (dialog: Open): void => {
    setSaved(null);
    setOpen(dialog);
  };
  const onSaved = (fileName: string): void => {
    setSaved(fileName);
    onError(null);
  };
  const scan = usePreExportScan(onError);
  // The .qdc is saved as the other files: the desktop app's save dialog, the web's download.
  const saveFile = useFileExport(onError, onSaved);
  // A large project takes seconds to write as .qdpx: it runs as a job, whose progress shows
  // under the buttons with a button to stop it; the buttons say so meanwhile.
  const [exchanging, setExchanging] = useState<'qdpx' | 'qdc' | null>(null);
  const [stopped, setStopped] = useState(false);
  const job = useJob((status: JobStatus) => {
    setExchanging(null);
    if (status.state === 'done') onSaved(saveJobResult(status.result));
    else if (status.state === 'cancelled') setStopped(true);
    else onError(new Error(t('paperExport.failed', { error: status.error ?? '' })));
  });
  // The desktop app writes the .qdpx where the user chooses (null: the dialog was cancelled).
  const startQdpxJob = async (): Promise<string | null> => {
    if (!savesToChosenFile()) return (await call('exchange/exportProjectJob', {})).jobId;
    const project = await call('project/current', {});
    const target = await chooseExportTarget('exportProject', `${project?.name ?? 'Verbatim'}.qdpx`);
    if (!target) return null;
    return (await call('exchange/exportProjectToFileJob', { out: target.handle })).jobId;
  };
  const exchange = (format: 'qdpx' | 'qdc'): void => {
    setSaved(null);
    setExchanging(format);
    setStopped(false);
    if (format === 'qdpx' && streamsDownloads()) {
      // The web shell streams the file as a download; the desktop app follows a job.
      downloadStreamed('exchange/exportProject', {})
        .then(onSaved)
        .catch(onError)
        .finally(() => setExchanging(null));
      return;
    }
    if (format === 'qdpx') {
      startQdpxJob()
        .then((jobId) => (jobId === null ? setExchanging(null) : job.follow(jobId)))
        .catch((error: unknown) => {
          setExchanging(null);
          onError(error);
        });
      return;
    }
    void call('project/current', {})
      .then((project) =>
        saveFile({
          purpose: 'exportQdc',
          proposedName: qdcFileName(project?.name ?? 'Verbatim'),
          toFile: (out) => call('exchange/exportCodebookToFileJob', { out }),
          download: () => downloadStreamed('exchange/exportCodebook', {}),
        }),
      )
      .catch(onError)
      .finally(() => setExchanging(null));
  };
  const progress = exchanging === 'qdpx' && job.status?.state === 'running' ? job.status : null;
  return (
    <section className="export" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('exporting.heading')}</h3>
      <div className="export__buttons">
        <button
          type="button"
          className="button"
          title={t('paperExport.excerptsHint')}
          onClick={() => begin({ kind: 'excerpts' })}
        >
          {t('paperExport.excerptsButton')}
        </button>
        {selectedCode && (
          <button
            type="button"
            className="button"
            onClick={() => begin({ kind: 'excerpts', code: selectedCode })}
          >
            {t('paperExport.excerptsOfButton', { name: selectedCode.name })}
          </button>
        )}
        <button type="button" className="button" onClick={() => begin({ kind: 'codebook' })}>
          {t('paperExport.codebookButton')}
        </button>
      </div>
      <div className="export__exchange">
        {(['qdpx', 'qdc'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            disabled={scan.scanning || scan.warning !== null || exchanging !== null}
            aria-busy={exchanging === format}
            onClick={() => void scan.checkThen(format, false, () => exchange(format))}
          >
            {exchanging === format ? t('paperExport.exporting') : t(`exchange.export.${format}`)}
          </button>
        ))}
      </div>
      {progress && (
        <div className="paper-export__progress" role="status">
          <progress
            value={progress.done}
            max={Math.max(progress.total, 1)}
            aria-label={t('exchange.exportProgress')}
          />
          <button type="button" className="button button--small" onClick={job.cancel}>
            {t('paperExport.cancelExport')}
          </button>
        </div>
      )}
      {stopped && (
        <p className="muted small" role="status">
          {t('paperExport.cancelled')}
        </p>
      )}
      {scan.warning && (
        <IdentifierWarning found={scan.warning} onCancel={scan.dismiss} onExportAnyway={scan.proceed} />
      )}
      {open?.kind === 'excerpts' && (
        <ExportDialog code={open.code} onSaved={onSaved} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'codebook' && <CodebookExportDialog onSaved={onSaved} onClose={() => setOpen(null)} />}
      {saved && (
        <p className="muted small" role="status">
          {t('exporting.saved', { file: saved })}
        </p>
      )}
    </section>
  );
}
