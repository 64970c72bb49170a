import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../analysis/download.ts';
import { call } from '../api/client.ts';
import { currentLanguage } from '../i18n/setup.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { messageOf } from '../ui/messageOf.ts';
import { ChoiceField, LanguageField, type ExportLanguage } from './ExportFields.tsx';
import { IdentifierWarning } from './IdentifierWarning.tsx';
import { usePreExportScan } from './usePreExportScan.ts';

const FORMATS = ['docx', 'md', 'csv'] as const;

interface Props {
  readonly onSaved: (fileName: string) => void;
  readonly onClose: () => void;
}

/** The codebook for a paper's appendix: hierarchy, definitions, criteria, examples, counts. */
export function CodebookExportDialog({ onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('docx');
  const [language, setLanguage] = useState<ExportLanguage>(currentLanguage());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const showProblem = useCallback((error: unknown) => setProblem(messageOf(error)), []);
  const scan = usePreExportScan(showProblem);

  const run = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      const file = await call('exports/codebook', { format, language });
      downloadFile(file);
      onSaved(file.fileName);
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
        <div className="paper-export__row">
          <ChoiceField
            label={t('paperExport.format')}
            value={format}
            options={FORMATS}
            describe={(item) => t(`paperExport.formats.${item}`)}
            onChange={setFormat}
          />
          <LanguageField value={language} onChange={setLanguage} />
        </div>
        {scan.warning && (
          <IdentifierWarning found={scan.warning} onCancel={scan.dismiss} onExportAnyway={scan.proceed} />
        )}
        {problem && (
          <p className="paper-export__error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary paper-export__go"
            disabled={busy || scan.scanning || scan.warning !== null}
          >
            {t('paperExport.export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
