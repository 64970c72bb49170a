import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../app/contract/index.ts';
import { MenuButton } from '../ui/MenuButton.tsx';
import { possibleParents } from './codeTree.ts';

interface Props {
  readonly code: Code;
  readonly codes: readonly Code[];
  readonly onStartRename: () => void;
  readonly onAddChild: () => void;
  readonly onDetails: () => void;
  readonly onMerge: () => void;
  readonly onSplit: () => void;
  readonly onMove: (parentId: number | null) => void;
  readonly onDelete: () => void;
}

const TOP_LEVEL = 'top';

/**
 * The selected code's actions, docked below the tree rather than opened under its row:
 * rows never move when a code is selected, so a double click lands on the row the pointer
 * was on (before, the previous selection's actions closing above shifted the rows).
 * Renaming, adding a sub-code and moving are at hand; details, merge, split and delete are
 * in a "More" menu opening upwards: seven controls took five rows of a 1280×720 window's
 * sidebar in French, leaving one code in sight.
 */
export function CodeActions({ code, codes, ...props }: Props) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  // The codes scroll under the docked bar: its height is the margin a code brought into view
  // (by the arrows, a focus, a jump) keeps below it, so that it stops above the bar.
  useLayoutEffect(() => {
    const element = bar.current;
    const codebook = element?.closest<HTMLElement>('.codebook');
    if (!element || !codebook) return;
    const measure = (): void =>
      codebook.style.setProperty('--code-actions-height', `${element.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
      codebook.style.removeProperty('--code-actions-height');
    };
  }, []);
  return (
    <div
      ref={bar}
      className="code-row__actions"
      role="group"
      data-code-name={code.name}
      aria-label={t('codebook.actionsOf', { name: code.name })}
    >
      <span className="code-row__actions-name">{code.name}</span>
      <button type="button" className="button button--small" onClick={props.onStartRename}>
        {t('codebook.rename')}
      </button>
      <button type="button" className="button button--small" onClick={props.onAddChild}>
        {t('codebook.addSubCode')}
      </button>
      <MenuButton
        label={t('codebook.more')}
        placement="above"
        buttonClassName="button button--small code-row__more"
        items={[
          {
            id: 'details',
            label: t('codebook.details'),
            onSelect: props.onDetails,
            className: 'code-row__details',
          },
          { id: 'merge', label: t('codebook.merge'), onSelect: props.onMerge, className: 'code-row__merge' },
          {
            id: 'split',
            label: t('codebook.split'),
            onSelect: props.onSplit,
            disabled: code.codingCount === 0,
            className: 'code-row__split',
          },
          {
            id: 'delete',
            label: t('codebook.deleteCode'),
            onSelect: props.onDelete,
            className: 'code-row__delete menu-button__item--danger',
          },
        ]}
      />
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
    </div>
  );
}
