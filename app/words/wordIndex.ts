import type { WordLanguage } from '../contract/enums.ts';
import { isInterviewerSpeaker } from '../text/interviewer.ts';
import { FormTable } from './formTable.ts';
import { LANGUAGE_SAMPLE, languageOfHits, stopWordFlags } from './language.ts';
import { foldsByUnit, foldWord, forEachWordRange } from './tokenise.ts';

export interface TurnSpan {
  readonly start: number;
  readonly end: number;
  readonly speaker: string | null;
}

export interface WordSource {
  readonly id: number;
  readonly name: string;
  readonly text: string;
  /** The document's turns by start (its segments); may be empty. */
  readonly turns: readonly TurnSpan[];
}

/** One document's words, as parallel arrays (a million words fit in a few megabytes). */
export interface IndexedDocument {
  readonly id: number;
  readonly name: string;
  readonly text: string;
  readonly language: WordLanguage;
  readonly turns: readonly TurnSpan[];
  /** Index of each word's form in the vocabulary. */
  readonly forms: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per word: 1 when it is in a turn whose speaker is an interviewer (app/text/interviewer.ts). */
  readonly interviewer: Uint8Array;
}

export interface WordIndex {
  /**
   * Every distinct folded form met so far (ids are kept from one index to the next, so a
   * form no longer in any document may stay, counted 0).
   */
  readonly vocabulary: readonly string[];
  readonly documents: readonly IndexedDocument[];
  /** Each form's stem per language, by form id, filled as asked (app/words/stems.ts). */
  readonly stems: Readonly<Record<WordLanguage, string[]>>;
  /** What the next index of the same project reuses (indexWords). */
  readonly indexing: Indexing;
}

/** Word arrays shared by the documents of one indexing: each document keeps an exact copy. */
interface Scratch {
  forms: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
}

/** Doubles a typed array's room, keeping its content. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(16, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * What the documents of an index share, and the next index of the same project reuses: the
 * vocabulary, its stop-word flags, the speakers read, the stems.
 */
export interface Indexing {
  readonly table: FormTable;
  readonly stems: Record<WordLanguage, string[]>;
  /** Per form id: 1 a shipped French stop word, 2 an English one (app/words/language.ts), 3 both. */
  stopFlags: Uint8Array<ArrayBuffer>;
  readonly interviewerLabels: Map<string | null, boolean>;
  scratch: Scratch;
}

/** The language of a document from its first words (app/words/language.ts), by their stop-word flags. */
function languageOf(forms: Int32Array, indexing: Indexing): WordLanguage {
  const { vocabulary } = indexing.table;
  if (indexing.stopFlags.length < vocabulary.length) {
    const flags = new Uint8Array(Math.max(vocabulary.length, indexing.stopFlags.length * 2));
    flags.set(indexing.stopFlags);
    for (let id = indexing.stopFlags.length; id < vocabulary.length; id++)
      flags[id] = stopWordFlags(vocabulary[id] ?? '');
    indexing.stopFlags = flags;
  }
  const hits = { fr: 0, en: 0 };
  const counted = Math.min(forms.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < counted; i++) {
    const flags = indexing.stopFlags[forms[i] ?? 0] ?? 0;
    hits.fr += flags & 1;
    hits.en += flags >> 1;
  }
  return languageOfHits(hits);
}

function indexDocument(source: WordSource, indexing: Indexing): IndexedDocument {
  const { table, scratch } = indexing;
  const { text } = source;
  let count = 0;
  const byUnit = foldsByUnit(text);
  forEachWordRange(text, (start, end, hash) => {
    if (count === scratch.forms.length) {
      scratch.forms = grown(scratch.forms);
      scratch.starts = grown(scratch.starts);
      scratch.ends = grown(scratch.ends);
    }
    scratch.forms[count] = byUnit
      ? table.idOfRange(text, start, end, hash)
      : table.idOf(foldWord(text.slice(start, end)));
    scratch.starts[count] = start;
    scratch.ends[count] = end;
    count++;
  });
  const forms = scratch.forms.slice(0, count);
  const starts = scratch.starts.slice(0, count);
  const ends = scratch.ends.slice(0, count);
  const interviewer = new Uint8Array(count);
  // Turns as typed arrays: the walk below reads them once per word.
  const turnCount = source.turns.length;
  const turnStarts = new Int32Array(turnCount);
  const turnEnds = new Int32Array(turnCount);
  const interviewerTurn = new Uint8Array(turnCount);
  source.turns.forEach((turn, t) => {
    turnStarts[t] = turn.start;
    turnEnds[t] = turn.end;
    let known = indexing.interviewerLabels.get(turn.speaker);
    if (known === undefined) {
      known = isInterviewerSpeaker(turn.speaker);
      indexing.interviewerLabels.set(turn.speaker, known);
    }
    interviewerTurn[t] = known ? 1 : 0;
  });
  // Words and turns are both in text order: one walk assigns each word its turn.
  let turn = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i] ?? 0;
    while (turn < turnCount && (turnEnds[turn] ?? 0) <= start) turn++;
    if (turn < turnCount && (turnStarts[turn] ?? 0) <= start) {
      interviewer[i] = interviewerTurn[turn] ?? 0;
    }
  }
  return {
    id: source.id,
    name: source.name,
    text,
    language: languageOf(forms, indexing),
    turns: source.turns,
    forms,
    starts,
    ends,
    interviewer,
  };
}

function sameTurns(a: readonly TurnSpan[], b: readonly TurnSpan[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (turn, i) => turn.start === b[i]?.start && turn.end === b[i]?.end && turn.speaker === b[i]?.speaker,
    )
  );
}

/**
 * Splits every document into words once; counts and keywords in context read the result.
 * Given the project's previous index, a document whose text and turns are unchanged keeps
 * its words (and forms keep their ids): after a write to one document, only it is split again.
 */
export function indexWords(sources: readonly WordSource[], previous?: WordIndex): WordIndex {
  const room = Math.max(16, ...sources.map((source) => source.text.length >> 2));
  const indexing: Indexing = previous?.indexing ?? {
    table: new FormTable(),
    stems: { fr: [], en: [] },
    stopFlags: new Uint8Array(0),
    interviewerLabels: new Map(),
    scratch: { forms: new Int32Array(0), starts: new Int32Array(0), ends: new Int32Array(0) },
  };
  // A word is a few characters: a quarter of the longest text is room enough for most.
  if (indexing.scratch.forms.length < room)
    indexing.scratch = {
      forms: new Int32Array(room),
      starts: new Int32Array(room),
      ends: new Int32Array(room),
    };
  const before = new Map(previous?.documents.map((document) => [document.id, document]));
  const documents = sources.map((source) => {
    const kept = before.get(source.id);
    if (kept && kept.text === source.text && sameTurns(kept.turns, source.turns))
      return kept.name === source.name ? kept : { ...kept, name: source.name };
    return indexDocument(source, indexing);
  });
  // The room is needed again only for the next index, if ever: let it go meanwhile.
  indexing.scratch = { forms: new Int32Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };
  return { vocabulary: indexing.table.vocabulary, documents, stems: indexing.stems, indexing };
}

/** The turn a word starting at `offset` is in (the turn holding that character), if any. */
export function turnAt(document: IndexedDocument, offset: number): TurnSpan | undefined {
  let low = 0;
  let high = document.turns.length;
  // The first turn ending after the offset: turns are in text order and do not overlap.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((document.turns[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  const turn = document.turns[low];
  return turn && turn.start <= offset ? turn : undefined;
}
