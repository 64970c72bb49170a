import type { MemoTargetKind } from '../../app/contract/index.ts';

/** What a memo is about: the project (id null), a document, a code or a coding. */
export interface MemoTarget {
  readonly kind: MemoTargetKind;
  readonly id: number | null;
  /** The document or code name, or the coding's quote, as the dialog title shows it. */
  readonly label: string;
}

const LABEL_LENGTH = 60;

/** A coding's quote shortened for a title. */
export function quoteLabel(quote: string): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length > LABEL_LENGTH ? `${flat.slice(0, LABEL_LENGTH - 1)}…` : flat;
}

/** "Memo on «X»", or "Project memo": the heading of a memo's editor. */
export function memoHeading(
  target: MemoTarget,
  t: (key: 'memos.projectTitle' | 'memos.dialogTitle', options?: { target: string }) => string,
): string {
  return target.kind === 'project'
    ? t('memos.projectTitle')
    : t('memos.dialogTitle', { target: target.label });
}
