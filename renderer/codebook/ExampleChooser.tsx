import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Excerpt } from '../../app/contract/index.ts';

interface Props {
  readonly excerpts: readonly Excerpt[] | null;
  readonly value: number | null;
  readonly onChange: (codingId: number | null) => void;
}

/** Radio buttons over a code's excerpts: the anchor example, or none. */
export function ExampleChooser({ excerpts, value, onChange }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="example-chooser">
      <legend>{t('codeEditor.example')}</legend>
      {excerpts === null ? (
        <p className="muted small">{t('app.loading')}</p>
      ) : (
        <ul className="example-chooser__list">
          <li>
            <label className="example-chooser__option">
              <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
              <span className="muted">{t('codeEditor.noExample')}</span>
            </label>
          </li>
          {excerpts.map((excerpt) => (
            <li key={excerpt.codingId}>
              <label className="example-chooser__option" data-coding-id={excerpt.codingId}>
                <input
                  type="radio"
                  name={name}
                  checked={value === excerpt.codingId}
                  onChange={() => onChange(excerpt.codingId)}
                />
                <span className="example-chooser__quote">«{excerpt.quote}»</span>
                <span className="muted small">{excerpt.documentName}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {excerpts !== null && excerpts.length === 0 && (
        <p className="muted small">{t('codeEditor.noCodings')}</p>
      )}
    </fieldset>
  );
}
