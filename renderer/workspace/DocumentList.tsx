import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NameWithEnding } from './NameWithEnding.tsx';
import type { DocumentSummary } from '../../app/contract/index.ts';

interface Props {
  readonly documents: readonly DocumentSummary[];
  readonly selectedId: number | null;
  readonly onOpen: (documentId: number) => void;
}

/** Height of one row in pixels: every row has it (one line of name, one of counts). */
export const DOCUMENT_ROW_HEIGHT = 48;
/** Rows kept in the page above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 8;
/** Rows drawn before the list has been measured. */
const FIRST_ROWS = 24;

/** The index a navigation key moves to, or null for other keys. */
function targetIndex(key: string, current: number, count: number, pageRows: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    PageDown: current + pageRows,
    PageUp: current - pageRows,
    Home: 0,
    End: count - 1,
  };
  const target = moves[key];
  return target === undefined ? null : Math.min(count - 1, Math.max(0, target));
}

/** Scrolls `element` just enough for row `index` to be in view; returns the new scroll position. */
function revealRow(element: HTMLElement, index: number): number {
  const top = index * DOCUMENT_ROW_HEIGHT;
  if (top < element.scrollTop) element.scrollTop = top;
  else if (top + DOCUMENT_ROW_HEIGHT > element.scrollTop + element.clientHeight)
    element.scrollTop = top + DOCUMENT_ROW_HEIGHT - element.clientHeight;
  return element.scrollTop;
}

/**
 * The project's documents, windowed: a project of 2,000 interviews keeps a few dozen rows in
 * the page, those in view and a margin, in a list with its own scroll. Rows have one fixed
 * height, so the position of any document is known without drawing the others. Keyboard:
 * Tab enters the list at the open document (one tab stop for the whole list), the arrow
 * keys, Page Up/Down, Home and End move between documents, Enter or Space opens one.
 */
export function DocumentList({ documents, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(0);
  // The row that has (or last had) the keyboard focus; it holds the list's one tab stop.
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  // Set by a navigation key: the row to focus once it is drawn.
  const focusWanted = useRef(false);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = (): void => setViewHeight(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = documents.findIndex((document) => document.id === selectedId);
  const tabIndexRow =
    activeIndex !== null && activeIndex < documents.length ? activeIndex : Math.max(0, selectedIndex);

  const visibleRows = viewHeight > 0 ? Math.ceil(viewHeight / DOCUMENT_ROW_HEIGHT) : FIRST_ROWS;
  const first = Math.max(0, Math.floor(scrollTop / DOCUMENT_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(documents.length, first + visibleRows + 2 * OVERSCAN + 1);

  // A document opened elsewhere (search, a link) is brought into view in the list.
  useEffect(() => {
    const element = scrollRef.current;
    if (element && selectedIndex >= 0) setScrollTop(revealRow(element, selectedIndex));
  }, [selectedIndex]);

  // Focus moves once the row it goes to is in the page (it may have just been drawn).
  useEffect(() => {
    if (!focusWanted.current || activeIndex === null) return;
    const row = scrollRef.current?.querySelector<HTMLButtonElement>(`button[data-index="${activeIndex}"]`);
    if (!row) return;
    focusWanted.current = false;
    row.focus();
  }, [activeIndex, first, last]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const pageRows = Math.max(1, Math.floor(viewHeight / DOCUMENT_ROW_HEIGHT) - 1);
    const target = targetIndex(event.key, tabIndexRow, documents.length, pageRows);
    if (target === null) return;
    event.preventDefault();
    if (scrollRef.current) setScrollTop(revealRow(scrollRef.current, target));
    setActiveIndex(target);
    focusWanted.current = true;
  };

  return (
    <div
      ref={scrollRef}
      className="document-list"
      // When the row holding the tab stop is scrolled out of the page, the list itself takes
      // the tab stop and hands the focus to that row.
      tabIndex={tabIndexRow >= first && tabIndexRow < last ? -1 : 0}
      onFocus={(event) => {
        if (event.target !== event.currentTarget) return;
        const element = event.currentTarget;
        setScrollTop(revealRow(element, tabIndexRow));
        setActiveIndex(tabIndexRow);
        // A row already drawn takes the focus now: when neither the scroll state nor the
        // active row changes, no render follows to hand it over (the list kept the focus).
        const drawn = element.querySelector<HTMLButtonElement>(`button[data-index="${tabIndexRow}"]`);
        if (drawn) drawn.focus();
        else focusWanted.current = true;
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul
        aria-label={t('documentList.label', { count: documents.length })}
        style={{
          paddingTop: first * DOCUMENT_ROW_HEIGHT,
          paddingBottom: (documents.length - last) * DOCUMENT_ROW_HEIGHT,
        }}
      >
        {documents.slice(first, last).map((document, offset) => {
          const index = first + offset;
          const current = document.id === selectedId;
          return (
            <li
              key={document.id}
              style={{ height: DOCUMENT_ROW_HEIGHT }}
              aria-setsize={documents.length}
              aria-posinset={index + 1}
            >
              <button
                type="button"
                className={`document-list__item${current ? ' document-list__item--current' : ''}`}
                aria-current={current ? 'true' : undefined}
                tabIndex={index === tabIndexRow ? 0 : -1}
                title={document.name}
                data-index={index}
                data-document-name={document.name}
                onFocus={() => setActiveIndex(index)}
                onClick={() => onOpen(document.id)}
              >
                <NameWithEnding name={document.name} className="document-list__name" />
                <span className="document-list__meta">
                  {t('documents.segments', { count: document.segmentCount })} ·{' '}
                  {t('documents.codings', { count: document.codingCount })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
