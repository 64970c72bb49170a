import { useCallback, useState } from 'react';
import { CSV_CELLS, EXPORT_LANGUAGES, type CsvCells } from '../../app/contract/index.ts';
import type { JobStatus } from '../../app/contract/index.ts';
import { useTranslation } from 'react-i18next';
import { downloadStreamed } from '../analysis/download.ts';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { messageOf } from '../ui/messageOf.ts';
import {
  CsvCellsField,
  ExportDialogFooter,
  FormatField,
  LanguageField,
  type ExportLanguage,
} from './ExportFields.tsx';
import { oneOf, useRememberedOptions, type OptionRules } from './rememberedOptions.ts';
import { useJob } from '../import/useJob.ts';
import { usePreExportScan } from './usePreExportScan.ts';
import { chooseExportTarget, proposedName, saveJobResult, savesToChosenFile } from './saveToChosenFile.ts';

const FORMATS = ['docx', 'md', 'csv'] as const;
type CodebookFormat = (typeof FORMATS)[number];

interface CodebookOptions {
  readonly format: CodebookFormat;
  readonly language: ExportLanguage;
  readonly csvCells: CsvCells;
}

function defaultOptions(): CodebookOptions {
  return { format: 'docx', language: currentLanguage(), csvCells: 'exact' };
}

const OPTION_RULES: OptionRules<CodebookOptions> = {
  format: oneOf(FORMATS),
  language: oneOf(EXPORT_LANGUAGES),
  csvCells: oneOf(CSV_CELLS),
};

interface Props {
  readonly onSaved: (fileName: string) => void;
  readonly onClose: () => void;
}

/** The codebook for a paper's appendix: hierarchy, definitions, criteria, examples, counts. */
export function CodebookExportDialog({ onSaved, onClose }: Props) {
  const { t } = useTranslation();
  // The dialog opens as it was last used (rememberedOptions.ts).
  const {
    options: { format, language, csvCells },
    change,
    remember,
  } = useRememberedOptions('codebook', defaultOptions, OPTION_RULES);
  const setFormat = (value: CodebookFormat) => change({ format: value });
  const setLanguage = (value: ExportLanguage) => change({ language: value });
  const setCsvCells = (value: CsvCells) => change({ csvCells: value });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const showProblem = useCallback((error: unknown) => setProblem(messageOf(error)), []);
  const scan = usePreExportScan(showProblem);

  // The desktop app writes the codebook where the user chooses, as a job it can stop.
  const job = useJob((status: JobStatus) => {
    setBusy(false);
    if (status.state === 'done') {
      onSaved(saveJobResult(status.result));
      onClose();
    } else if (status.state === 'cancelled') setProblem(t('paperExport.cancelled'));
    else setProblem(t('paperExport.failed', { error: status.error ?? '' }));
  });

  const run = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    remember();
    const input = { format, language, ...(format === 'csv' ? { csvCells } : {}) };
    try {
      if (savesToChosenFile()) {
        const target = await chooseExportTarget(
          'exportCodebook',
          await proposedName('codebook', language, format),
        );
        if (target)
          job.follow((await call('exports/codebookToFileJob', { ...input, out: target.handle })).jobId);
        else setBusy(false);
        return;
      }
      // The web shell streams the file as a download, as the other exports.
      onSaved(await downloadStreamed('exports/codebook', input));
      onClose();
    } catch (error) {
      showProblem(error);
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('paperExport.codebookTitle')} onClose={onClose} className="paper-export">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          if (!busy && !scan.scanning) void scan.checkThen('codebook', false, run);
        }}
      >
        <p className="muted small">{t('paperExport.codebookHint')}</p>
        <fieldset className="paper-export__options" disabled={busy || scan.scanning || scan.warning !== null}>
          <div className="paper-export__row">
            <FormatField value={format} options={FORMATS} onChange={setFormat} />
            <LanguageField value={language} onChange={setLanguage} />
          </div>
          {format === 'csv' && <CsvCellsField value={csvCells} onChange={setCsvCells} />}
        </fieldset>
        <ExportDialogFooter
          scan={scan}
          problem={problem}
          busy={busy}
          onClose={onClose}
          onStop={busy && job.status?.state === 'running' ? job.cancel : undefined}
        />
      </form>
    </Dialog>
  );
}
