import type { Excerpt, QuoteTurn } from '../contract/types.ts';
import type { ModelExcerpt, ModelTurn } from './excerptFormat.ts';

/** Typesets a quote of a document as a paper shows it (the formatter's quoteShower and language guess). */
export type Typeset = (quote: string, documentId: number) => string;

type CaseAttributes = ReadonlyMap<string, string>;

// Classes rather than object literals spread with a getter: an export lays out 200,000 of
// them, and the spread objects with a closure each were a large part of its time and of the
// garbage collector's (profiled). `shown` is typeset when a writer first reads it (CSV never
// does); the private fields are not own enumerable properties, so the objects read as before.

/** One speaker's part of a quote across turns, as the writers show it. */
export class ModelTurnPart implements ModelTurn {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly segmentOrdinal: number;
  readonly start: number;
  readonly end: number;
  readonly #typeset: Typeset;
  readonly #documentId: number;
  #shown: string | undefined;

  constructor(
    turn: QuoteTurn,
    readonly quote: string,
    readonly label: string | null,
    readonly citation: string,
    documentId: number,
    typeset: Typeset,
  ) {
    this.speaker = turn.speaker;
    this.timestamp = turn.timestamp;
    this.segmentOrdinal = turn.segmentOrdinal;
    this.start = turn.start;
    this.end = turn.end;
    this.#documentId = documentId;
    this.#typeset = typeset;
  }

  get shown(): string {
    return (this.#shown ??= this.#typeset(this.quote, this.#documentId));
  }
}

/** A part of a quote on one line: its speaker's label, then its words. */
function labelled(turn: ModelTurn): string {
  return turn.label === null ? turn.shown : `${turn.label} ${turn.shown}`;
}

/** What the formatter adds to an excerpt. */
export interface ExcerptAdditions {
  readonly quote: string;
  readonly turns: readonly ModelTurn[] | null;
  readonly caseName: string | null;
  readonly attributes: CaseAttributes;
  readonly citation: string;
  readonly memo: string | null;
}

/** One excerpt as every writer shows it. */
export class ModelExcerptItem implements ModelExcerpt {
  readonly codingId: number;
  readonly codeId: number;
  readonly codeName: string;
  readonly documentId: number;
  readonly documentName: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly coder: string;
  readonly segmentOrdinal: number | null;
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly turns: readonly ModelTurn[] | null;
  readonly caseName: string | null;
  readonly attributes: CaseAttributes;
  readonly citation: string;
  readonly memo: string | null;
  readonly #typeset: Typeset;
  #shown: string | undefined;

  constructor(excerpt: Excerpt, added: ExcerptAdditions, typeset: Typeset) {
    this.codingId = excerpt.codingId;
    this.codeId = excerpt.codeId;
    this.codeName = excerpt.codeName;
    this.documentId = excerpt.documentId;
    this.documentName = excerpt.documentName;
    this.start = excerpt.start;
    this.end = excerpt.end;
    this.quote = added.quote;
    this.coder = excerpt.coder;
    this.segmentOrdinal = excerpt.segmentOrdinal;
    this.speaker = excerpt.speaker;
    this.timestamp = excerpt.timestamp;
    this.turns = added.turns;
    this.caseName = added.caseName;
    this.attributes = added.attributes;
    this.citation = added.citation;
    this.memo = added.memo;
    this.#typeset = typeset;
  }

  /** Across turns, the parts each on its line after its speaker's label. */
  get shown(): string {
    return (this.#shown ??= this.turns
      ? this.turns.map(labelled).join('\n')
      : this.#typeset(this.quote, this.documentId));
  }
}
