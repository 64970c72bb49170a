import { useTranslation } from 'react-i18next';
import type { ChoosePurpose, JobStatus } from '../../app/contract/index.ts';
import { useJob } from '../import/useJob.ts';
import { chooseExportTarget, saveJobResult, savesToChosenFile } from './saveToChosenFile.ts';

/** One small export to save, as each shell saves it. */
export interface FileExport {
  /** The desktop app's save dialog, proposing this name. */
  readonly purpose: Extract<ChoosePurpose, 'exportQdc' | 'exportMatrix' | 'exportSummaries'>;
  readonly proposedName: string;
  /** Starts the job writing the chosen file (its handle as `out`). */
  readonly toFile: (out: string) => Promise<{ readonly jobId: string }>;
  /** The web shell's download (download.ts downloadStreamed); resolves with the file's name. */
  readonly download: () => Promise<string>;
}

/**
 * Saves a small export (the .qdc, a matrix, the summary grid) as the large ones are
 * (issue #15): the desktop app asks where in its save dialog and the backend writes the
 * file there as a job; the web shell streams it as a download. Nothing comes back to the
 * page as JSON. `onSaved` gets the name of the file saved.
 */
export function useFileExport(
  onError: (error: unknown) => void,
  onSaved: (fileName: string) => void = () => undefined,
): (file: FileExport) => Promise<void> {
  const { t } = useTranslation();
  const job = useJob((status: JobStatus) => {
    if (status.state === 'done') onSaved(saveJobResult(status.result));
    else if (status.state === 'failed')
      onError(new Error(t('paperExport.failed', { error: status.error ?? '' })));
  });
  return async ({ purpose, proposedName, toFile, download }) => {
    try {
      if (!savesToChosenFile()) {
        onSaved(await download());
        return;
      }
      const target = await chooseExportTarget(purpose, proposedName);
      if (target) job.follow((await toFile(target.handle)).jobId);
    } catch (error) {
      onError(error);
    }
  };
}
