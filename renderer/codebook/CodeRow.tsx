import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { possibleParents, type CodeTreeNode } from './codeTree.ts';
import { ColourInput } from './ColourInput.tsx';
import { NameForm } from './NameForm.tsx';

interface Props {
  readonly node: CodeTreeNode;
  readonly codes: readonly Code[];
  readonly selected: boolean;
  readonly renaming: boolean;
  readonly onSelect: () => void;
  readonly onStartRename: () => void;
  readonly onRename: (name: string) => void;
  readonly onCancelRename: () => void;
  readonly onRecolour: (color: string) => void;
  readonly onMove: (parentId: number | null) => void;
  readonly onAddChild: () => void;
  readonly onDelete: () => void;
  readonly childForm: ReactNode;
  readonly renderChildren: (children: readonly CodeTreeNode[]) => ReactNode;
}

const TOP_LEVEL = 'top';

/** One code of the tree; its actions show when it is selected, to keep the tree calm. */
export function CodeRow(props: Props) {
  const { node, codes, selected, renaming } = props;
  const { code } = node;
  const { t } = useTranslation();
  return (
    <li className="code-tree__item" data-code-id={code.id} data-code-name={code.name}>
      <div
        className={`code-row${selected ? ' code-row--selected' : ''}`}
        style={{ paddingLeft: `${node.depth * 1.1 + 0.4}rem` }}
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
          <button type="button" className="code-row__name" aria-pressed={selected} onClick={props.onSelect}>
            {code.name}
          </button>
        )}
        <span className="code-row__count" title={t('codebook.countLabel', { count: code.codingCount })}>
          {code.codingCount}
        </span>
      </div>
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
