/** A title cut by the memo editor or by a REFI-QDA export ends with an ellipsis. */
const CUT_MARK = /(?:…|\.\.\.)$/u;

/** Spaces and line breaks as one space: a title is one line, the text may break where it does not. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * A coding memo as an export writes it: its text, after its title only when the title is
 * its own. The memo editor titles a memo with the start of its text (cut with «…») and
 * another tool may name a note the same way, so a title that the text begins with is
 * left out: written before the text it was the text said twice. A REFI-QDA note's own name
 * ("Relecture") is kept: "Relecture — Second regard."
 */
export function memoExportText(title: string, plainText: string): string {
  const text = plainText.trim();
  const heading = oneLine(title);
  const start = oneLine(heading.replace(CUT_MARK, ''));
  if (start === '' || oneLine(text).startsWith(start)) return text;
  return text === '' ? heading : `${heading} — ${text}`;
}
