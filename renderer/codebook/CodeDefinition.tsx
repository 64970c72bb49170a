import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { useExampleQuote } from './useExampleQuote.ts';

interface Props {
  readonly code: Code;
  readonly id?: string;
  readonly className?: string;
}

/** Whether a code has anything to preview (definition, criteria or example). */
export function hasDefinition(code: Code): boolean {
  return (
    code.description.trim() !== '' ||
    code.inclusion.trim() !== '' ||
    code.exclusion.trim() !== '' ||
    code.exampleCodingId !== null
  );
}

/**
 * A code's definition, inclusion and exclusion criteria and anchor example: what a coder
 * checks before applying it. Shown beside the palette and over the codebook tree.
 */
export function CodeDefinition({ code, id, className }: Props) {
  const { t } = useTranslation();
  const example = useExampleQuote(code.exampleCodingId);
  const entries: { key: string; label: string; text: string }[] = [
    { key: 'definition', label: t('codeEditor.definition'), text: code.description },
    { key: 'inclusion', label: t('codeEditor.inclusion'), text: code.inclusion },
    { key: 'exclusion', label: t('codeEditor.exclusion'), text: code.exclusion },
  ].filter((entry) => entry.text.trim() !== '');
  return (
    <div id={id} className={`code-definition ${className ?? ''}`}>
      <p className="code-definition__name">
        <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
        {code.name}
        {code.archived && <span className="code-definition__archived"> · {t('codeEditor.archivedTag')}</span>}
      </p>
      {entries.length === 0 && code.exampleCodingId === null && (
        <p className="muted small">{t('codeEditor.noDefinition')}</p>
      )}
      <dl className="code-definition__list">
        {entries.map((entry) => (
          <div key={entry.key} className={`code-definition__entry code-definition__entry--${entry.key}`}>
            <dt>{entry.label}</dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
        {example !== null && (
          <div className="code-definition__entry code-definition__entry--example">
            <dt>{t('codeEditor.example')}</dt>
            <dd>«{example}»</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
