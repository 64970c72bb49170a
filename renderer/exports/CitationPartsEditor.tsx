import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { move, toggle, type PartChoice } from './citationParts.ts';

interface Props {
  readonly choices: readonly PartChoice[];
  readonly onChange: (choices: PartChoice[]) => void;
}

/**
 * Ticks choose what the citation line shows; the arrows set the order. The arrows stay
 * focusable at either end (aria-disabled, not disabled) and the focus follows the moved
 * part, so a keyboard user can press ↓ repeatedly without losing their place.
 */
export function CitationPartsEditor({ choices, onChange }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  // The arrow to focus once the moved list is rendered; cleared then, so that ticking a
  // box or changing the grouping later never pulls the focus back to it.
  const refocus = useRef<{ part: string; by: -1 | 1 } | null>(null);
  useEffect(() => {
    const moved = refocus.current;
    if (!moved) return;
    refocus.current = null;
    const row = [...(list.current?.querySelectorAll('li') ?? [])].find(
      (item) => item.dataset.part === moved.part,
    );
    row?.querySelector<HTMLButtonElement>(`button[data-by="${moved.by}"]`)?.focus();
  }, [choices]);
  const moveBy = (part: string, by: -1 | 1): void => {
    refocus.current = { part, by };
    onChange(move(choices, part, by));
  };
  const label = (part: string): string =>
    part.startsWith('attr:')
      ? t('paperExport.attribute', { name: part.slice(5) })
      : t(`paperExport.parts.${part as 'document'}`);
  const shown = choices.filter((choice) => choice.on).map((choice) => label(choice.part));
  return (
    <fieldset className="paper-export__parts">
      <legend>{t('paperExport.citation')}</legend>
      <ol ref={list}>
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
              data-by="-1"
              aria-disabled={index === 0}
              onClick={() => moveBy(choice.part, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('paperExport.moveDown', { part: label(choice.part) })}
              data-by="1"
              aria-disabled={index === choices.length - 1}
              onClick={() => moveBy(choice.part, 1)}
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
