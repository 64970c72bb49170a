/**
 * Capitalised words the name detector must never report, even after a first name or a
 * title: speaker roles of transcripts (they are labels, not people), months and days (French
 * and English), and the words that start French and English sentences most often, so that
 * "Marie Je" or "Mme Et" are not taken for a first name and a surname. Lower-cased.
 */
const ROLES = `enquêteur enquêteurs enquêtrice enquêté enquêtée interviewer interviewee intervieweur
intervieweuse interviewé interviewée interviewe chercheur chercheuse researcher respondent
répondant répondante participant participante animateur animatrice modérateur modératrice
moderator facilitator speaker locuteur locutrice question réponse answer`;

const CALENDAR = `janvier février mars avril mai juin juillet août septembre octobre novembre décembre
january february march april may june july august september october november december
lundi mardi mercredi jeudi vendredi samedi dimanche
monday tuesday wednesday thursday friday saturday sunday`;

const FUNCTION_WORDS = `je tu il elle on nous vous ils elles le la les un une des du de et ou mais donc or ni
car si oui non alors puis ce ça c cette ces mon ma mes ton ta tes son sa ses notre votre leur
leurs moi toi lui eux en y a au aux dans par pour sur avec sans chez quand comme bon bah ben
voilà enfin ah oh euh hein est the a an and or but so if yes no i you he she we they it this
that my your his her our their in on at for with of to from well oh okay ok`;

function words(list: string): string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

export const NOT_NAMES: ReadonlySet<string> = new Set(
  [...words(ROLES), ...words(CALENDAR), ...words(FUNCTION_WORDS)].map((word) => word.normalize('NFC')),
);
