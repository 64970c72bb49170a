/** Names longer than this keep their ending in sight when cut (see splitNameEnding). */
const LONG_NAME = 24;
/** How much of a long name's end is always shown. */
const ENDING = 19;

/**
 * A long name as a head, cut with an ellipsis where room runs out, and an ending always
 * shown: transcripts of one study share their start ("fr_artisans_entretien-…") and differ
 * at the end (the date, the number), which a cut at the end hid, every row reading alike.
 */
export function splitNameEnding(name: string): { readonly head: string; readonly ending: string } {
  const characters = [...name];
  if (characters.length <= LONG_NAME) return { head: name, ending: '' };
  return {
    head: characters.slice(0, -ENDING).join(''),
    ending: characters.slice(-ENDING).join(''),
  };
}
