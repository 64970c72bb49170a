import type { WordLanguage } from '../contract/enums.ts';
import { isInterviewerSpeaker } from '../text/interviewer.ts';
import { detectLanguage } from './language.ts';
import { forEachToken } from './tokenise.ts';

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
  /** The turn each word starts in (index in `turns`), −1 outside every turn. */
  readonly turnOf: Int32Array;
  /** Per word: 1 when it is in a turn whose speaker is an interviewer (app/text/interviewer.ts). */
  readonly interviewer: Uint8Array;
}

export interface WordIndex {
  /** Every distinct folded form. */
  readonly vocabulary: readonly string[];
  readonly documents: readonly IndexedDocument[];
}

/** Doubles a typed array's room, keeping its content. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function indexDocument(
  source: WordSource,
  formIds: Map<string, number>,
  vocabulary: string[],
): IndexedDocument {
  // Typed arrays filled in place: a word is a few characters, so a quarter of the text's
  // length is room enough for most transcripts; they grow otherwise.
  let forms = new Int32Array(Math.max(16, source.text.length >> 2));
  let starts = new Int32Array(forms.length);
  let ends = new Int32Array(forms.length);
  let count = 0;
  forEachToken(source.text, (form, start, end) => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(form);
      formIds.set(form, id);
    }
    if (count === forms.length) {
      forms = grown(forms);
      starts = grown(starts);
      ends = grown(ends);
    }
    forms[count] = id;
    starts[count] = start;
    ends[count] = end;
    count++;
  });
  forms = forms.slice(0, count);
  starts = starts.slice(0, count);
  ends = ends.slice(0, count);
  const turnOf = new Int32Array(forms.length).fill(-1);
  const interviewer = new Uint8Array(forms.length);
  const interviewerTurn = source.turns.map((turn) => isInterviewerSpeaker(turn.speaker));
  // Words and turns are both in text order: one walk assigns each word its turn.
  let turn = 0;
  for (let i = 0; i < forms.length; i++) {
    const start = starts[i] ?? 0;
    while (turn < source.turns.length && (source.turns[turn]?.end ?? 0) <= start) turn++;
    const span = source.turns[turn];
    if (span && span.start <= start) {
      turnOf[i] = turn;
      interviewer[i] = interviewerTurn[turn] ? 1 : 0;
    }
  }
  return {
    id: source.id,
    name: source.name,
    text: source.text,
    language: detectLanguage(Array.from(forms.subarray(0, 2000), (id) => vocabulary[id] ?? '')),
    turns: source.turns,
    forms,
    starts,
    ends,
    turnOf,
    interviewer,
  };
}

/** Splits every document into words once; counts and keywords in context read the result. */
export function indexWords(sources: readonly WordSource[]): WordIndex {
  const vocabulary: string[] = [];
  const formIds = new Map<string, number>();
  return { vocabulary, documents: sources.map((source) => indexDocument(source, formIds, vocabulary)) };
}
