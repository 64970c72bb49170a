import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { CodeDefinition } from '../codebook/CodeDefinition.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { createCodeSearch, type PaletteOption } from './paletteOptions.ts';

export type PaletteChoice = { readonly codeId: number } | { readonly codeName: string };

interface Props {
  readonly codes: readonly Code[];
  /** The passage being coded, shown so that the user knows what Enter will code. */
  readonly quote: string;
  readonly onChoose: (choice: PaletteChoice) => void;
  readonly onClose: () => void;
}

const QUOTE_PREVIEW = 120;

/** Keyboard-driven code picker: type, ↑/↓, Enter, Esc. */
export function CodePalette({ codes, quote, onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // Whether the user moved to a row (arrows or pointer): only then may plain Enter create.
  const [moved, setMoved] = useState(false);
  const [createRefused, setCreateRefused] = useState(false);
  const listId = useId();
  const search = useMemo(() => createCodeSearch(codes), [codes]);
  const options = useMemo(() => search(query), [search, query]);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));
  const createOption = options.find((option) => option.kind === 'create');

  const choose = (option: PaletteOption | undefined): void => {
    if (!option) return;
    onChoose(option.kind === 'code' ? { codeId: option.code.id } : { codeName: option.name });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % Math.max(1, options.length));
      setMoved(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Creating is explicit (Ctrl/⌘/Alt+Enter or the last row); Enter alone applies a code.
      // When the typed name already exists, the explicit create key applies that code.
      // A create row that is merely first (nothing matched) is not a choice: plain Enter
      // then says how to create instead of adding a code from a typo.
      const option = options[activeIndex];
      if (event.ctrlKey || event.metaKey || event.altKey) choose(createOption ?? options[0]);
      else if (option?.kind === 'create' && !moved) setCreateRefused(true);
      else choose(option);
    }
  };

  const activeOption = options[activeIndex];
  const activeCode = activeOption?.kind === 'code' ? activeOption.code : null;
  const preview = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW)}…` : quote;
  return (
    <Dialog title={t('palette.title')} onClose={onClose} className="palette">
      <p className="palette__quote">{t('palette.selection', { quote: preview })}</p>
      <input
        className="palette__input"
        type="text"
        role="combobox"
        aria-label={t('palette.label')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setMoved(false);
          setCreateRefused(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="palette__body">
        <ul className="palette__options" role="listbox" id={listId} aria-label={t('palette.label')}>
          {options.length === 0 && <li className="palette__empty">{t('palette.empty')}</li>}
          {options.map((option, index) => (
            <li
              key={option.kind === 'code' ? `code-${option.code.id}` : 'create'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={`palette__option${index === activeIndex ? ' palette__option--active' : ''}`}
              onMouseEnter={() => {
                setActive(index);
                setMoved(true);
              }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.kind === 'code' ? (
                <>
                  <span
                    className="swatch"
                    style={{ backgroundColor: option.code.color }}
                    aria-hidden="true"
                  />
                  <span>{option.path}</span>
                </>
              ) : (
                <>
                  <span className="palette__plus" aria-hidden="true">
                    +
                  </span>
                  <span>{t('palette.create', { name: option.name })}</span>
                  <kbd className="palette__key">{t('palette.createKey')}</kbd>
                </>
              )}
            </li>
          ))}
        </ul>
        {/* The active code's definition and criteria: checked before Enter applies it. */}
        <aside
          className="palette__definition"
          aria-label={activeCode ? t('palette.definitionOf', { name: activeCode.name }) : undefined}
          aria-live="polite"
        >
          {activeCode && <CodeDefinition code={activeCode} />}
        </aside>
      </div>
      {createRefused && createOption ? (
        <p className="palette__hint" role="status">
          {t('palette.createExplicitly', { name: createOption.name })}
        </p>
      ) : (
        <p className="palette__hint muted">{t('palette.hint')}</p>
      )}
    </Dialog>
  );
}
