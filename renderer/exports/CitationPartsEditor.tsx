import { useTranslation } from 'react-i18next';
import { move, toggle, type PartChoice } from './citationParts.ts';

interface Props {
  readonly choices: readonly PartChoice[];
  readonly onChange: (choices: PartChoice[]) => void;
}

/** Ticks choose what the citation line shows; the arrows set the order (keyboard-reachable buttons). */
export function CitationPartsEditor({ choices, onChange }: Props) {
  const { t } = useTranslation();
  const label = (part: string): string =>
    part.startsWith('attr:')
      ? t('paperExport.attribute', { name: part.slice(5) })
      : t(`paperExport.parts.${part as 'document'}`);
  const shown = choices.filter((choice) => choice.on).map((choice) => label(choice.part));
  return (
    <fieldset className="paper-export__parts">
      <legend>{t('paperExport.citation')}</legend>
      <ol>
        {choices.map((choice, index) => (
          <li key={choice.part} data-part={choice.part}>
            <label>
              <input
                type="checkbox"
                checked={choice.on}
                onChange={(event) => onChange(toggle(choices, choice.part, event.target.checked))}
              />
              {label(choice.part)}
            </label>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('paperExport.moveUp', { part: label(choice.part) })}
              disabled={index === 0}
              onClick={() => onChange(move(choices, choice.part, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('paperExport.moveDown', { part: label(choice.part) })}
              disabled={index === choices.length - 1}
              onClick={() => onChange(move(choices, choice.part, 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <p className="muted small paper-export__preview">
        {shown.length > 0
          ? t('paperExport.preview', { line: shown.join(', ') })
          : t('paperExport.noCitation')}
      </p>
    </fieldset>
  );
}
