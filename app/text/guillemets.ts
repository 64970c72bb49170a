/** The narrow no-break space French puts inside guillemets (and before ; ! ?). */
export const NNBSP = '\u202f';

/**
 * Guillemets with one narrow no-break space inside, as French typography wants them
 * (« opacité »): the spaces already there, ordinary or not, are replaced, never doubled.
 * Shared by the exports (frenchTypography) and the interface's French strings, whose names
 * come from the researcher ("Supprimer le code « opacité »").
 */
export function spaceGuillemets(text: string): string {
  if (!text.includes('«') && !text.includes('»')) return text;
  return text.replace(/«[ \u00a0\u202f]*/gu, `«${NNBSP}`).replace(/[ \u00a0\u202f]*»/gu, `${NNBSP}»`);
}
