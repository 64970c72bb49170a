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

function indexDocument(
  source: WordSource,
  formIds: Map<string, number>,
  vocabulary: string[],
): IndexedDocument {
  const forms: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  forEachToken(source.text, (form, start, end) => {
    let id = formIds.get(form);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(form);
      formIds.set(form, id);
    }
    forms.push(id);
    starts.push(start);
    ends.push(end);
  });
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
    language: detectLanguage(forms.slice(0, 2000).map((id) => vocabulary[id] ?? '')),
    turns: source.turns,
    forms: Int32Array.from(forms),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
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
