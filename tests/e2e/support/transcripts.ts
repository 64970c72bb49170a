/**
 * Transcripts made by the tests: one French interview with `Speaker : …` turns and accents,
 * one with `[hh:mm:ss] Speaker : …` turns, and a binary file named .txt.
 */

export const FRENCH_NAME = 'entretien-marie.txt';
export const FRENCH_TRANSCRIPT = [
  'Enquêteur : Bonjour Marie, pouvez-vous décrire une journée de travail ?',
  'Marie : Je commence tôt, avant que les enfants se lèvent. Ensuite je fais mes micro-tâches sur la plateforme, puis le ménage, puis encore des tâches le soir.',
  'Enquêteur : Et les règles de la plateforme ?',
  "Marie : On ne sait jamais pourquoi une tâche est refusée. C'est opaque, et je me demande si c'est éthique de nous payer si peu.",
  'Enquêteur : Vous en parlez avec d’autres travailleurs ?',
  // A turn over two lines (a line break inside the turn) with an emoji (two UTF-16 units).
  'Marie : Non, je suis seule devant mon écran. 😅',
  'Personne à qui demander.',
  '',
].join('\n');

export const TIMESTAMPED_NAME = 'interview-02.txt';
export const TIMESTAMPED_TRANSCRIPT = [
  '[00:12:31] Marie : I started doing tasks at night, when the house is quiet.',
  '[00:13:05] Interviewer : Why at night?',
  '[00:13:10] Marie : Because the day is already full: my job, the kids, the house. Nobody explains why a task is rejected.',
  '',
].join('\n');

export const BINARY_NAME = 'broken.txt';
/** A PNG header and random-looking bytes: a binary file someone renamed .txt. */
export const BINARY_BYTES = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0xff,
  0xfe, 0x00, 0x10, 0x80, 0x00, 0x00,
]);

export function transcriptFiles(): { name: string; buffer: Buffer }[] {
  return [
    { name: FRENCH_NAME, buffer: Buffer.from(FRENCH_TRANSCRIPT, 'utf8') },
    { name: TIMESTAMPED_NAME, buffer: Buffer.from(TIMESTAMPED_TRANSCRIPT, 'utf8') },
  ];
}
