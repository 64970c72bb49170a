import type { ImportNote, ImportNoteKey } from '../contract/types.ts';

/** Line numbers shown in a note: the first few, then an ellipsis. */
const SHOWN_LINES = 5;

/** "3, 17, 40" or "3, 17, 40, 52, 60…": where in the file something happened. */
export function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  return lines.length > SHOWN_LINES ? `${shown}…` : shown;
}

const plural = (count: number, one: string, other: string): string => `${count} ${count === 1 ? one : other}`;

const lines = (where: string): string => `${where.includes(',') ? 'lines' : 'line'} ${where}`;

const SENTENCES: Record<ImportNoteKey, (count: number, where: string) => string> = {
  imagesLeftOut: (count) => `${plural(count, 'image', 'images')} left out (Verbatim imports text only).`,
  nulBytesRemoved: (count) =>
    `${plural(count, 'stray NUL byte', 'stray NUL bytes')} removed (they carry no text).`,
  invalidBytes: (count, where) =>
    `${plural(count, 'invalid byte', 'invalid bytes')} in this UTF-8 file, shown as � (${lines(where)}); check the text there.`,
  droppedCues: (count, where) =>
    `${plural(count, 'cue', 'cues')} left out: no valid timing line (${lines(where)} of the file).`,
};

/** A note with its English sentence; the interface translates it from key, count and where. */
export function importNote(key: ImportNoteKey, count: number, where = ''): ImportNote {
  return { key, count, where, text: SENTENCES[key](count, where) };
}
