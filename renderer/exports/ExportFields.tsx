import { useId, type ReactNode } from 'react';
import type { CsvCells } from '../../app/contract/index.ts';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/setup.ts';
import { IdentifierWarning } from './IdentifierWarning.tsx';
import type { PreExportScan } from './usePreExportScan.ts';

interface Props<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  /** The text shown for each option. */
  readonly describe: (option: T) => string;
  readonly onChange: (value: T) => void;
}

/**
 * A labelled drop-down of the export dialogs. The label points at the select by id rather
 * than wrapping it, so the field's accessible name is the label alone ("Format"), not the
 * label followed by the chosen option.
 */
export function ChoiceField<T extends string>({ label, value, options, describe, onChange }: Props<T>) {
  const id = useId();
  return (
    <div className="paper-export__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {describe(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** An export is written in one of the interface's languages. */
export type ExportLanguage = Language;

/** The language of an export's own words and typography (« » and no-break spaces in French). */
export function LanguageField({
  value,
  onChange,
}: {
  readonly value: ExportLanguage;
  readonly onChange: (value: ExportLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      label={t('paperExport.language')}
      value={value}
      options={LANGUAGES}
      describe={(item) => t(`paperExport.languages.${item}`)}
      onChange={onChange}
    />
  );
}

/** One option of an export, as a ticked box with its label. */
export function CheckField({
  label,
  checked,
  onChange,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  return (
    <label className="paper-export__check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

const CSV_CELLS: readonly CsvCells[] = ['exact', 'spreadsheet'];

/** Exact text (the default, for R and Python) or safe for spreadsheets, with what that means. */
export function CsvCellsField({
  value,
  onChange,
}: {
  readonly value: CsvCells;
  readonly onChange: (value: CsvCells) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField
        label={t('paperExport.csvCells')}
        value={value}
        options={CSV_CELLS}
        describe={(item) => t(`paperExport.csvCellsOptions.${item}`)}
        onChange={onChange}
      />
      <p className="muted small">{t(`paperExport.csvCellsHint.${value}`)}</p>
    </>
  );
}

/** The export format, among those a dialog offers. */
export function FormatField<T extends 'docx' | 'html' | 'md' | 'csv'>({
  value,
  options,
  onChange,
}: {
  readonly value: T;
  readonly options: readonly T[];
  readonly onChange: (value: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      label={t('paperExport.format')}
      value={value}
      options={options}
      describe={(item) => t(`paperExport.formats.${item}`)}
      onChange={onChange}
    />
  );
}

/**
 * The end of an export dialog: the identifier warning when the scan found some, the
 * problem if any, then Cancel (or Stop while a job runs) and Export.
 */
export function ExportDialogFooter({
  scan,
  problem,
  busy,
  onClose,
  onStop,
  children,
}: {
  readonly scan: PreExportScan;
  readonly problem: string | null;
  readonly busy: boolean;
  readonly onClose: () => void;
  /** Given while an export job runs: the Cancel button stops it instead. */
  readonly onStop?: (() => void) | undefined;
  /** What shows between the warning and the problem (a progress bar). */
  readonly children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {scan.warning && (
        <IdentifierWarning found={scan.warning} onCancel={scan.dismiss} onExportAnyway={scan.proceed} />
      )}
      {children}
      {problem && (
        <p className="paper-export__error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog__buttons">
        <button type="button" className="button" onClick={onStop ?? onClose}>
          {onStop ? t('paperExport.cancelExport') : t('app.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary paper-export__go"
          disabled={busy || scan.scanning || scan.warning !== null}
        >
          {busy ? t('paperExport.exporting') : t('paperExport.export')}
        </button>
      </div>
    </>
  );
}
