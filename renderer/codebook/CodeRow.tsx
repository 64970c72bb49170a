import type { DragEvent, FocusEvent, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import type { DropPlacement, KeyboardMove } from './codeMoves.ts';
import type { CodeMatch } from './codeSearch.ts';
import { possibleParents, type CodeTreeNode } from './codeTree.ts';
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
  readonly codes: readonly Code[];
  readonly selected: boolean;
  readonly renaming: boolean;
  readonly match: CodeMatch | undefined;
  readonly drag: RowDrag;
  readonly previewId: string | undefined;
  readonly onSelect: () => void;
  readonly onStartRename: () => void;
  readonly onRename: (name: string) => void;
  readonly onCancelRename: () => void;
  readonly onRecolour: (color: string) => void;
  readonly onMove: (parentId: number | null) => void;
  readonly onKeyboardMove: (move: KeyboardMove) => void;
  readonly onAddChild: () => void;
  readonly onDetails: () => void;
  readonly onMerge: () => void;
  readonly onSplit: () => void;
  readonly onDelete: () => void;
  /** Hover or focus: the tree shows the code's definition beside the row (null hides it). */
  readonly onPreview: (row: HTMLElement | null) => void;
  readonly childForm: ReactNode;
  readonly renderChildren: (children: readonly CodeTreeNode[]) => ReactNode;
}

const TOP_LEVEL = 'top';

const KEY_MOVES: Readonly<Record<string, KeyboardMove>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'nest',
  ArrowLeft: 'unnest',
};

/** One code of the tree; its actions show when it is selected, to keep the tree calm. */
export function CodeRow(props: Props) {
  const { node, codes, selected, renaming, match, drag } = props;
  const { code } = node;
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
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
        <ColourInput
          value={code.color}
          label={t('codebook.colour', { name: code.name })}
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
            aria-describedby={props.previewId}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowRight Alt+ArrowLeft"
            onClick={props.onSelect}
            onDoubleClick={props.onDetails}
            onKeyDown={onKeyDown}
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
      {selected && !renaming && (
        <div
          className="code-row__actions"
          role="group"
          aria-label={t('codebook.actionsOf', { name: code.name })}
        >
          <button type="button" className="button button--small" onClick={props.onStartRename}>
            {t('codebook.rename')}
          </button>
          <button type="button" className="button button--small" onClick={props.onAddChild}>
            {t('codebook.addSubCode')}
          </button>
          <button type="button" className="button button--small code-row__details" onClick={props.onDetails}>
            {t('codebook.details')}
          </button>
          <button type="button" className="button button--small code-row__merge" onClick={props.onMerge}>
            {t('codebook.merge')}
          </button>
          <button
            type="button"
            className="button button--small code-row__split"
            disabled={code.codingCount === 0}
            onClick={props.onSplit}
          >
            {t('codebook.split')}
          </button>
          <select
            className="code-row__move"
            aria-label={t('codebook.moveLabel', { name: code.name })}
            value=""
            onChange={(event) => {
              const value = event.target.value;
              if (value === '') return;
              props.onMove(value === TOP_LEVEL ? null : Number(value));
            }}
          >
            <option value="">{t('codebook.moveUnder')}</option>
            {code.parentId !== null && <option value={TOP_LEVEL}>{t('codebook.topLevel')}</option>}
            {possibleParents(codes, code.id)
              .filter((parent) => parent.id !== code.parentId)
              .map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.name}
                </option>
              ))}
          </select>
          <button type="button" className="button button--small button--danger" onClick={props.onDelete}>
            {t('codebook.delete')}
          </button>
        </div>
      )}
      {props.childForm && (
        <div style={{ paddingLeft: `${(node.depth + 1) * 1.1 + 0.4}rem` }}>{props.childForm}</div>
      )}
      {node.children.length > 0 && (
        <ul className="code-tree__children">{props.renderChildren(node.children)}</ul>
      )}
    </li>
  );
}
