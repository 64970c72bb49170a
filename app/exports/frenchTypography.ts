import { NNBSP, spaceGuillemets } from '../text/guillemets.ts';

/**
 * French typography for exported text: guillemets « » with a narrow no-break space inside,
 * and a no-break space before : ; ! ? (narrow before ; ! ?, as the Imprimerie nationale
 * recommends; a full no-break space before the colon). Times (00:12:31), URLs and spaces
 * already there are left as they are.
 */
export { NNBSP };
export const NBSP = '\u00a0';

/**
 * Straight double quotes become « … », alternating open and close; inside an excerpt that
 * is itself between guillemets (`nested`), they become “ … ”, as French usage wants for a
 * quotation within a quotation.
 */
function curlyQuotes(text: string, nested: boolean): string {
  let open = true;
  return text.replace(/"/gu, () => {
    const mark = nested ? (open ? '“' : '”') : open ? `«${NNBSP}` : `${NNBSP}»`;
    open = !open;
    return mark;
  });
}

/** A text without any of these characters is left as it is by every rule below. */
const TYPESET = /["«»:;!?]/u;

export function frenchTypography(text: string, { nested = false }: { nested?: boolean } = {}): string {
  // Most citation lines and many quotes have nothing to typeset: one test, not five replaces.
  if (!TYPESET.test(text)) return text;
  // Existing guillemets get their narrow spaces (one, not doubled).
  const withQuotes = spaceGuillemets(curlyQuotes(text, nested));
  return (
    withQuotes
      // ; ! ? after a word or a closing mark: one narrow no-break space before the whole run
      // ("Quoi ?!", not "Quoi ? !"), replacing the spaces that were there.
      .replace(
        /([^\s;!?])[ \u00a0\u202f]*([;!?]+)(?=\s|$|[»)”])/gu,
        (_match, before: string, marks: string) => `${before}${NNBSP}${marks}`,
      )
      // The colon, but not inside times (00:12:31) or URLs (https://…).
      .replace(/([^\s:])[ \u00a0\u202f]*:(?=\s|$)/gu, (_match, before: string) => `${before}${NBSP}:`)
  );
}

/** An excerpt between quotation marks: « … » with narrow no-break spaces in French, “ … ” in English. */
export function betweenQuotationMarks(text: string, language: 'en' | 'fr'): string {
  return language === 'fr' ? `«${NNBSP}${text}${NNBSP}»` : `“${text}”`;
}
