const TITLE_LENGTH = 80;

/**
 * A memo's title is its first non-empty line (usually the heading the researcher typed), so
 * the memo list reads well without asking for a title separately.
 */
export function memoTitle(plainText: string): string {
  const first = plainText
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '');
  if (first === undefined) return '';
  return first.length > TITLE_LENGTH ? `${first.slice(0, TITLE_LENGTH - 1)}…` : first;
}

/** Only web and mail addresses become links: a memo never links to local files or scripts. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)\S+$/iu.test(url.trim());
}

/** "example.org/page" → "https://example.org/page"; a bare address is a web address. */
export function normaliseUrl(url: string): string {
  const trimmed = url.trim();
  return /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
}
