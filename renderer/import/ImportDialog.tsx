import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FindingGroup,
  ImportBatchReport,
  ImportFailure,
  ImportPreview,
  SpeakerCount,
} from '../../app/contract/index.ts';
import { call } from '../api/client.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DialogButtons } from '../ui/DialogButtons.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { fileToBase64 } from '../workspace/readFiles.ts';
import { CloseFooter } from './CloseFooter.tsx';
import { FileReviewList, type TextEncodingChoice } from './FileReviewList.tsx';
import { IdentifierReview } from './IdentifierReview.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import {
  findingKey,
  initialDecisions,
  replacementsFrom,
  speakerMapFrom,
  type IdentifierDecision,
} from './identifierDecisions.ts';
import { SaveMappingButton } from './SaveMappingButton.tsx';
import { SpeakerMapping } from './SpeakerMapping.tsx';
import { useJob } from './useJob.ts';

interface SourceFile {
  readonly name: string;
  readonly base64: string;
  readonly encoding?: TextEncodingChoice;
}

interface Props {
  readonly files: readonly File[];
  /** Called as soon as the batch has added documents, so the list behind updates. */
  readonly onImported: () => void;
  readonly onClose: () => void;
}

function batchSpeakers(preview: ImportPreview): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const file of preview.files) {
    if (file.ok)
      for (const speaker of file.speakers)
        counts.set(speaker.label, (counts.get(speaker.label) ?? 0) + speaker.turns);
  }
  return [...counts].map(([label, turns]) => ({ label, turns }));
}

/**
 * Import in three steps: the files are read and previewed (nothing stored), the researcher
 * checks encodings, speakers and likely identifiers, then the batch runs as a job with a
 * progress bar and cancel, ending in one summary.
 */
export function ImportDialog({ files, onImported, onClose }: Props) {
  const { t } = useTranslation();
  const [sources, setSources] = useState<SourceFile[]>([]);
  const [unreadable, setUnreadable] = useState<ImportFailure[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [speakerEdits, setSpeakerEdits] = useState<Record<string, string>>({});
  const [decisions, setDecisions] = useState<Record<string, IdentifierDecision>>({});
  // Spellings the researcher added by hand, reviewed with the scan's findings.
  const [added, setAdded] = useState<FindingGroup[]>([]);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [report, setReport] = useState<ImportBatchReport | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const job = useJob((status) => {
    if (status.state === 'done') {
      const result = status.result as ImportBatchReport;
      setReport(result);
      if (result.imported.length > 0) onImported();
    } else if (status.state === 'cancelled') setCancelled(true);
    else setError(new Error(status.error ?? t('errors.unexpected')));
  });

  const runPreview = useCallback(async (next: SourceFile[]): Promise<void> => {
    setSources(next);
    try {
      const result =
        next.length > 0
          ? await call('documents/previewImport', { files: next })
          : { files: [], findings: [] };
      setPreview(result);
      setDecisions((current) => ({ ...initialDecisions(result.findings), ...current }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const readable: SourceFile[] = [];
      const failures: ImportFailure[] = [];
      for (const file of files) {
        try {
          readable.push({ name: file.name, base64: await fileToBase64(file) });
        } catch {
          failures.push({ file: file.name, message: t('documents.readFailed') });
        }
      }
      setUnreadable(failures);
      await runPreview(readable);
    })();
  }, [files, runPreview, t]);

  const replacements = useMemo(
    () => (preview ? replacementsFrom([...preview.findings, ...added], decisions) : []),
    [preview, added, decisions],
  );
  const importable =
    preview?.files.filter((file) => file.ok && !(skipDuplicates && file.duplicateOf !== null)) ?? [];

  const start = async (): Promise<void> => {
    try {
      const { jobId } = await call('documents/importBatch', {
        files: sources,
        skipDuplicates,
        speakerMap: speakerMapFrom(speakerEdits),
        replacements,
      });
      job.follow(jobId);
    } catch (caught) {
      setError(caught);
    }
  };

  const running = job.status?.state === 'running';
  const finished = report !== null || cancelled;
  const close = (): void => {
    if (running) return;
    onClose();
  };

  return (
    <Dialog title={t('importing.title', { count: files.length })} onClose={close} className="import-dialog">
      <ErrorNotice error={error} />
      {preview === null && !error && <p role="status">{t('importing.reading')}</p>}
      {preview !== null && !job.status && (
        <>
          <section aria-labelledby="import-files-heading">
            <h3 id="import-files-heading">{t('importing.filesHeading')}</h3>
            <FileReviewList
              files={[...preview.files, ...unreadable.map((failure) => ({ ...failure, ok: false as const }))]}
              onEncoding={(file, encoding) =>
                void runPreview(
                  sources.map((source) => (source.name === file ? { ...source, encoding } : source)),
                )
              }
            />
            {preview.files.some((file) => file.ok && file.duplicateOf !== null) && (
              <label className="import-dialog__option">
                <input
                  type="checkbox"
                  checked={skipDuplicates}
                  onChange={(event) => setSkipDuplicates(event.target.checked)}
                />
                {t('importing.skipDuplicates')}
              </label>
            )}
          </section>
          <section aria-labelledby="import-speakers-heading">
            <h3 id="import-speakers-heading">{t('importing.speakersHeading')}</h3>
            <SpeakerMapping
              speakers={batchSpeakers(preview)}
              edits={speakerEdits}
              onEdit={(label, value) => setSpeakerEdits((current) => ({ ...current, [label]: value }))}
            />
          </section>
          <section aria-labelledby="import-identifiers-heading">
            <h3 id="import-identifiers-heading">{t('importing.identifiersHeading')}</h3>
            <p className="muted small">{t('importing.identifiersHint')}</p>
            <IdentifierReview
              groups={[...preview.findings, ...added]}
              decisions={decisions}
              onDecide={(key, decision) => setDecisions((current) => ({ ...current, [key]: decision }))}
              onAdd={(group, decision) => {
                setAdded((current) => [...current.filter((item) => item.text !== group.text), group]);
                setDecisions((current) => ({ ...current, [findingKey(group)]: decision }));
              }}
            />
          </section>
          <DialogButtons
            onCancel={close}
            action={{
              label: t('importing.start', { count: importable.length }),
              disabled: importable.length === 0,
              onClick: () => void start(),
            }}
          >
            <SaveMappingButton replacements={replacements} onError={setError} />
          </DialogButtons>
        </>
      )}
      {job.status && !finished && (
        <div className="import-progress" role="status">
          <progress
            value={job.status.done}
            max={Math.max(job.status.total, 1)}
            aria-label={t('importing.progress')}
          />
          <p>
            {t('importing.progressText', {
              done: job.status.done,
              total: job.status.total,
              file: job.status.current,
            })}
          </p>
          <DialogButtons onCancel={job.cancel} dismissLabel={t('importing.cancelImport')} />
        </div>
      )}
      {finished && (
        <>
          <ImportSummary report={report} cancelled={cancelled} unreadable={unreadable} />
          <CloseFooter onClose={close} />
        </>
      )}
    </Dialog>
  );
}
