/**
 * Speaker labels that name the interviewer rather than the respondent, in French and
 * English transcripts: "Enquêteur", "Interviewer 2", "Q", "I", "Chercheuse"… Compared
 * without case, accents or a trailing number. "E" alone is left out: it is both
 * "Enquêteur" and "Enquêté" in French transcripts.
 */
const INTERVIEWER_LABELS = new Set([
  'q',
  'i',
  'int',
  'interviewer',
  'interviewer(e)',
  'intervieweur',
  'intervieweuse',
  'enqueteur',
  'enquetrice',
  'enqueteur(rice)',
  'chercheur',
  'chercheuse',
  'researcher',
  'moderator',
  'moderateur',
  'moderatrice',
  'animateur',
  'animatrice',
  'question',
]);

function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[\s._-]*\d+$/u, '')
    .trim();
}

/** Whether a turn's speaker label names the interviewer (null: no speaker known). */
export function isInterviewerSpeaker(speaker: string | null): boolean {
  return speaker !== null && INTERVIEWER_LABELS.has(foldLabel(speaker));
}
