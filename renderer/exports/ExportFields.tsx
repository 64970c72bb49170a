import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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

const LANGUAGES = ['en', 'fr'] as const;
export type ExportLanguage = (typeof LANGUAGES)[number];

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
