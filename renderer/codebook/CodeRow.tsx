import type { DragEvent, FocusEvent, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DropPlacement, KeyboardMove } from './codeMoves.ts';
import type { CodeMatch } from './codeSearch.ts';
import type { CodeTreeNode } from './codeTree.ts';
import { ColourInput } from './ColourInput.tsx';
import { DefinitionSnippet } from './DefinitionSnippet.tsx';
import { Highlighted } from './Highlighted.tsx';
import { NameForm } from './NameForm.tsx';

/** Drag and drop of this row, wired by the tree (which knows where a drop may land). */
export interface RowDrag {
  readonly indicator: DropPlacement | null;
  readonly onDragStart: (event: DragEvent<HTMLDivElement>) => void;
  readonly onDragOver: (event: DragEvent<HTMLDivElement>) => void;
  readonly onDragLeave: (event: DragEvent<HTMLDivElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLDivElement>) => void;
  readonly onDragEnd: () => void;
}

interface Props {
  readonly node: CodeTreeNode;
  readonly selected: boolean;
  readonly renaming: boolean;
  readonly match: CodeMatch | undefined;
  readonly drag: RowDrag;
  readonly previewId: string | undefined;
  /** The one code of the tree reached with Tab (roving tabindex); arrows move inside. */
  readonly tabStop: boolean;
  /** A parent whose sub-codes are hidden. */
  readonly collapsed: boolean;
  readonly onSelect: () => void;
  readonly onRename: (name: string) => void;
  readonly onCancelRename: () => void;
  readonly onRecolour: (color: string) => void;
  readonly onKeyboardMove: (move: KeyboardMove) => void;
  /** A plain arrow, Home or End: the tree moves the focus or opens and closes parents. */
  readonly onTreeKey: (key: string) => boolean;
  readonly onToggle: () => void;
  readonly onFocusName: () => void;
  readonly onDetails: () => void;
  /** Hover or focus: the tree shows the code's definition beside the row (null hides it). */
  readonly onPreview: (row: HTMLElement | null) => void;
  readonly childForm: ReactNode;
  readonly renderChildren: (children: readonly CodeTreeNode[]) => ReactNode;
}

const KEY_MOVES: Readonly<Record<string, KeyboardMove>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'nest',
  ArrowLeft: 'unnest',
};

/** One code of the tree; the selected code's actions are docked below the tree (CodeActions). */
export function CodeRow(props: Props) {
  const { node, selected, renaming, match, drag } = props;
  const { code } = node;
  const { t } = useTranslation();
  const parent = node.children.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (plain && event.key === 'Enter') {
      // Enter opens the code (Space still selects it, as any button).
      event.preventDefault();
      props.onDetails();
      return;
    }
    if (plain && props.onTreeKey(event.key)) {
      event.preventDefault();
      return;
    }
    const move = KEY_MOVES[event.key];
    if (!event.altKey || event.ctrlKey || event.metaKey || !move) return;
    // Alt+← is also the browser's "Back": the tree keeps it.
    event.preventDefault();
    props.onKeyboardMove(move);
  };
  const rowClass = [
    'code-row',
    selected ? 'code-row--selected' : '',
    code.archived ? 'code-row--archived' : '',
    drag.indicator ? `code-row--drop-${drag.indicator}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const leave = (event: FocusEvent | MouseEvent): void => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget))
      props.onPreview(null);
  };
  return (
    <li
      className="code-tree__item"
      data-code-id={code.id}
      data-code-name={code.name}
      data-archived={code.archived ? 'true' : undefined}
    >
      <div
        className={rowClass}
        style={{ paddingLeft: `${node.depth * 1.1 + 0.4}rem` }}
        draggable={!renaming}
        onDragStart={drag.onDragStart}
        onDragOver={drag.onDragOver}
        onDragLeave={drag.onDragLeave}
        onDrop={drag.onDrop}
        onDragEnd={drag.onDragEnd}
        onMouseEnter={(event) => props.onPreview(event.currentTarget)}
        onMouseLeave={leave}
        onFocus={(event) => props.onPreview(event.currentTarget)}
        onBlur={leave}
      >
        {parent ? (
          <button
            type="button"
            className="code-row__toggle"
            tabIndex={-1}
            aria-label={t(props.collapsed ? 'codebook.expand' : 'codebook.collapse', { name: code.name })}
            onClick={props.onToggle}
          >
            {props.collapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span className="code-row__toggle" aria-hidden="true" />
        )}
        <ColourInput
          value={code.color}
          label={t('codebook.colour', { name: code.name })}
          focusable={false}
          onCommit={props.onRecolour}
        />
        {renaming ? (
          <NameForm
            label={t('codebook.renameLabel', { name: code.name })}
            submitLabel={t('codebook.save')}
            initial={code.name}
            onSubmit={props.onRename}
            onCancel={props.onCancelRename}
          />
        ) : (
          <button
            type="button"
            className="code-row__name"
            aria-pressed={selected}
            aria-expanded={parent ? !props.collapsed : undefined}
            tabIndex={props.tabStop ? 0 : -1}
            aria-describedby={props.previewId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowRight Alt+ArrowLeft"
            onClick={props.onSelect}
            onDoubleClick={props.onDetails}
            onKeyDown={onKeyDown}
            onFocus={props.onFocusName}
          >
            <Highlighted text={code.name} ranges={match?.name ?? []} />
          </button>
        )}
        <span className="code-row__count" title={t('codebook.countLabel', { count: code.codingCount })}>
          {code.codingCount}
        </span>
      </div>
      {match && match.description.length > 0 && (
        <DefinitionSnippet
          text={code.description}
          ranges={match.description}
          indent={`${node.depth * 1.1 + 2.2}rem`}
        />
      )}
      {props.childForm && (
        <div style={{ paddingLeft: `${(node.depth + 1) * 1.1 + 0.4}rem` }}>{props.childForm}</div>
      )}
      {parent && !props.collapsed && (
        <ul className="code-tree__children">{props.renderChildren(node.children)}</ul>
      )}
    </li>
  );
}
