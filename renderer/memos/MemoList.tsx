import { useTranslation } from 'react-i18next';
import type { MemoSummary } from '../../app/contract/index.ts';

interface Props {
  readonly memos: readonly MemoSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (memo: MemoSummary) => void;
}

/** The start of the text without the title it begins with (the title is shown above it). */
function excerptAfterTitle(memo: MemoSummary): string {
  const text = memo.excerpt.trimStart();
  return (memo.title && text.startsWith(memo.title) ? text.slice(memo.title.length) : text).trim();
}

/** Memos as cards: title, what it is about, the start of its text, when it changed. */
export function MemoList({ memos, selectedId, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const date = (iso: string): string =>
    new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="memo-list">
      {memos.map((memo) => (
        <li key={memo.id}>
          <button
            type="button"
            className={`memo-list__item${memo.id === selectedId ? ' memo-list__item--current' : ''}`}
            aria-current={memo.id === selectedId ? 'true' : undefined}
            data-memo-id={memo.id}
            onClick={() => onOpen(memo)}
          >
            <span className="memo-list__title">{memo.title || t('memos.untitled')}</span>
            <span className="memo-list__target small">
              <span className={`memo-kind memo-kind--${memo.targetKind}`}>
                {t(`memos.kind_${memo.targetKind}`)}
              </span>
              {memo.targetLabel && <span className="memo-list__label"> {memo.targetLabel}</span>}
            </span>
            {excerptAfterTitle(memo) && (
              <span className="memo-list__excerpt small muted">{excerptAfterTitle(memo)}</span>
            )}
            <span className="memo-list__date small muted">
              {t('memos.updated', { date: date(memo.updatedAt) })}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
