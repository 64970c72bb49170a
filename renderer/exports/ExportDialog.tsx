import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_CELLS, EXPORT_LANGUAGES } from '../../app/contract/index.ts';
import type { CsvCells, JobStatus } from '../../app/contract/index.ts';
import { downloadStreamed, streamsDownloads } from '../analysis/download.ts';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { useJob } from '../import/useJob.ts';
import { Dialog } from '../ui/Dialog.tsx';
import {
  chosenParts,
  initialChoices,
  isPartChoices,
  toggle,
  withAttributes,
  type PartChoice,
} from './citationParts.ts';
import { isBoolean, oneOf, useRememberedOptions, type OptionRules } from './rememberedOptions.ts';
import {
  CheckField,
  ChoiceField,
  CsvCellsField,
  ExportDialogFooter,
  FormatField,
  LanguageField,
  type ExportLanguage,
} from './ExportFields.tsx';
import { CitationPartsEditor } from './CitationPartsEditor.tsx';
import { messageOf } from '../ui/messageOf.ts';
import { usePreExportScan } from './usePreExportScan.ts';
import { chooseExportTarget, proposedName, saveJobResult, savesToChosenFile } from './saveToChosenFile.ts';

const FORMATS = ['docx', 'html', 'md', 'csv'] as const;
const GROUPINGS = ['code', 'case', 'document'] as const;
type Format = (typeof FORMATS)[number];
type GroupBy = (typeof GROUPINGS)[number];

interface ExcerptOptions {
  readonly format: Format;
  readonly groupBy: GroupBy;
  readonly choices: readonly PartChoice[];
  readonly includeMemos: boolean;
  readonly quoteMarks: boolean;
  readonly exactQuotes: boolean;
  readonly csvCells: CsvCells;
  readonly language: ExportLanguage;
}

function defaultOptions(): ExcerptOptions {
  return {
    format: 'docx',
    groupBy: 'code',
    choices: initialChoices([]),
    includeMemos: false,
    // Paper-ready by default: excerpts between quotation marks, in the language's typography.
    quoteMarks: true,
    exactQuotes: false,
    csvCells: 'exact',
    language: currentLanguage(),
  };
}

const OPTION_RULES: OptionRules<ExcerptOptions> = {
  format: oneOf(FORMATS),
  groupBy: oneOf(GROUPINGS),
  choices: isPartChoices,
  includeMemos: isBoolean,
  quoteMarks: isBoolean,
  exactQuotes: isBoolean,
  csvCells: oneOf(CSV_CELLS),
  language: oneOf(EXPORT_LANGUAGES),
};

interface Props {
  /** Export only this code's excerpts; none: every code. */
  readonly code?: { readonly id: number; readonly name: string } | undefined;
  readonly onSaved: (fileName: string) => void;
  readonly onClose: () => void;
}

/**
 * Coded excerpts for a paper: format, grouping, the citation line (parts ticked and
 * ordered, case attributes included), memos and language. The identifier scan runs first;
 * the export itself is a job, so a large one shows its progress and can be cancelled.
 */
export function ExportDialog({ code, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  // The dialog opens as it was last used (rememberedOptions.ts).
  const { options, change, remember } = useRememberedOptions('excerpts', defaultOptions, OPTION_RULES);
  const { format, groupBy, choices, includeMemos, quoteMarks, exactQuotes, csvCells, language } = options;
  const setFormat = (value: Format) => change({ format: value });
  const setIncludeMemos = (value: boolean) => change({ includeMemos: value });
  const setQuoteMarks = (value: boolean) => change({ quoteMarks: value });
  const setExactQuotes = (value: boolean) => change({ exactQuotes: value });
  const setCsvCells = (value: CsvCells) => change({ csvCells: value });
  const setLanguage = (value: ExportLanguage) => change({ language: value });
  const setChoices = (value: readonly PartChoice[]) => change({ choices: value });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const showProblem = useCallback((error: unknown) => setProblem(messageOf(error)), []);
  const scan = usePreExportScan(showProblem);

  useEffect(() => {
    let live = true;
    call('cases/list', {})
      .then((table) => {
        if (live)
          // Merged into the choices as they are then: the attributes arrive after the first render.
          change((current) => ({
            choices: withAttributes(
              current.choices,
              table.attributes.map((a) => a.name),
            ),
          }));
      })
      .catch(() => undefined); // without cases, the attribute parts are simply not offered
    return () => {
      live = false;
    };
  }, [change]);

  const job = useJob((status: JobStatus) => {
    setBusy(false);
    if (status.state === 'done') {
      onSaved(saveJobResult(status.result));
      onClose();
    } else if (status.state === 'cancelled') setProblem(t('paperExport.cancelled'));
    else setProblem(t('paperExport.failed', { error: status.error ?? '' }));
  });

  const run = async (): Promise<void> => {
    setProblem(null);
    setBusy(true);
    remember();
    const input = {
      format,
      groupBy,
      language,
      citation: chosenParts(choices),
      includeMemos,
      quoteMarks,
      exactQuotes,
      ...(format === 'csv' ? { csvCells } : {}),
      ...(code ? { codeId: code.id } : {}),
    };
    try {
      // The web shell streams the file as a download; the desktop app follows a job.
      if (streamsDownloads()) {
        onSaved(await downloadStreamed('exports/excerpts', input));
        onClose();
        return;
      }
      if (savesToChosenFile()) {
        // The desktop app writes the file where the user chooses, named in the export's language.
        const what = code ? { name: code.name } : 'excerpts';
        const target = await chooseExportTarget('exportExcerpts', await proposedName(what, language, format));
        if (!target) {
          setBusy(false);
          return;
        }
        const { jobId } = await call('exports/excerptsToFileJob', { ...input, out: target.handle });
        job.follow(jobId);
        return;
      }
      const { jobId } = await call('exports/excerptsJob', input);
      job.follow(jobId);
    } catch (error) {
      setBusy(false);
      showProblem(error);
    }
  };

  const changeGrouping = (next: GroupBy): void => {
    // Grouped by case or document, a citation without its code would lose the code.
    change(next === 'code' ? { groupBy: next } : { groupBy: next, choices: toggle(choices, 'code', true) });
  };

  const running = busy && job.status?.state === 'running';
  return (
    <Dialog
      title={code ? t('paperExport.titleOf', { name: code.name }) : t('paperExport.title')}
      onClose={onClose}
      className="paper-export"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setProblem(null);
          if (!busy && !scan.scanning) void scan.checkThen('excerpts', includeMemos, run);
        }}
      >
        {/* Frozen while the scan's warning waits for an answer or the export runs: what
            "Export anyway" writes is what was scanned. */}
        <fieldset className="paper-export__options" disabled={busy || scan.scanning || scan.warning !== null}>
          <div className="paper-export__row">
            <FormatField value={format} options={FORMATS} onChange={setFormat} />
            <ChoiceField
              label={t('paperExport.groupBy')}
              value={groupBy}
              options={GROUPINGS}
              describe={(item) => t(`paperExport.groups.${item}`)}
              onChange={changeGrouping}
            />
            <LanguageField value={language} onChange={setLanguage} />
          </div>
          <CitationPartsEditor choices={choices} onChange={setChoices} />
          <CheckField label={t('paperExport.memos')} checked={includeMemos} onChange={setIncludeMemos} />
          <CheckField label={t('paperExport.quoteMarks')} checked={quoteMarks} onChange={setQuoteMarks} />
          <CheckField label={t('paperExport.exactQuotes')} checked={exactQuotes} onChange={setExactQuotes} />
          {format === 'csv' && <CsvCellsField value={csvCells} onChange={setCsvCells} />}
        </fieldset>
        <ExportDialogFooter
          scan={scan}
          problem={problem}
          busy={busy}
          onClose={onClose}
          onStop={running ? job.cancel : undefined}
        >
          {running && job.status && (
            <div className="paper-export__progress" role="status">
              <progress
                value={job.status.done}
                max={Math.max(job.status.total, 1)}
                aria-label={t('paperExport.progress')}
              />
              <span>
                {/* Once every excerpt is laid out, a Word file still has to be packed. */}
                {format === 'docx' && job.status.total > 0 && job.status.done === job.status.total
                  ? t('paperExport.packing')
                  : t('paperExport.progressText', { done: job.status.done, total: job.status.total })}
              </span>
            </div>
          )}
        </ExportDialogFooter>
      </form>
    </Dialog>
  );
}
