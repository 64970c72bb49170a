import type { Excerpt, QuoteTurn } from '../contract/types.ts';
import type { ModelExcerpt, ModelTurn } from './excerptFormat.ts';

/** How the formatter shows a quote and cites an excerpt or one of its parts (excerptFormat.ts). */
export interface Formatting {
  /** A quote of a document as a paper shows it (quoteShower and the document's language). */
  readonly typeset: (quote: string, documentId: number) => string;
  /** The citation line of an excerpt, or of one part of it alone (`turn`). */
  readonly cite: (excerpt: Excerpt, turn: QuoteTurn | null) => string;
}

type CaseAttributes = ReadonlyMap<string, string>;

// Classes rather than object literals spread with a getter: an export lays out 200,000 of
// them, and the spread objects with a closure each were a large part of its time and of the
// garbage collector's (profiled). `shown` and `citation` are made when a writer first reads
// them (CSV never shows a quote; only CSV cites each part of a quote across turns); the
// private fields are not own enumerable properties.

/** One speaker's part of a quote across turns, as the writers show it. */
export class ModelTurnPart implements ModelTurn {
  readonly speaker: string | null;
  readonly timestamp: string | null;
  readonly segmentOrdinal: number;
  readonly start: number;
  readonly end: number;
  readonly #excerpt: Excerpt;
  readonly #turn: QuoteTurn;
  readonly #format: Formatting;
  #shown: string | undefined;
  #citation: string | undefined;

  constructor(
    turn: QuoteTurn,
    readonly quote: string,
    readonly label: string | null,
    excerpt: Excerpt,
    format: Formatting,
  ) {
    this.speaker = turn.speaker;
    this.timestamp = turn.timestamp;
    this.segmentOrdinal = turn.segmentOrdinal;
    this.start = turn.start;
    this.end = turn.end;
    this.#excerpt = excerpt;
    this.#turn = turn;
    this.#format = format;
  }

  get shown(): string {
    return (this.#shown ??= this.#format.typeset(this.quote, this.#excerpt.documentId));
  }

  /** The citation line of this part alone: its own speaker, time and turn. */
  get citation(): string {
    return (this.#citation ??= this.#format.cite(this.#excerpt, this.#turn));
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
  readonly memo: string | null;
  readonly #excerpt: Excerpt;
  readonly #format: Formatting;
  #shown: string | undefined;
  #citation: string | undefined;

  constructor(excerpt: Excerpt, added: ExcerptAdditions, format: Formatting) {
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
    this.memo = added.memo;
    this.#excerpt = excerpt;
    this.#format = format;
  }

  get citation(): string {
    return (this.#citation ??= this.#format.cite(this.#excerpt, null));
  }

  /** Across turns, the parts each on its line after its speaker's label. */
  get shown(): string {
    return (this.#shown ??= this.turns
      ? this.turns.map(labelled).join('\n')
      : this.#format.typeset(this.quote, this.documentId));
  }
}
