import {
  $applyNodeReplacement,
  $createLineBreakNode,
  $createTextNode,
  ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';

/** A stored turn joined into this one, at the line break (by node key) where it begins. */
export interface TurnJoin {
  readonly origin: number;
  readonly breakKey: NodeKey;
}

export type SerializedEditTurnNode = Spread<
  { speaker: string | null; timestamp: string | null; origin: number | null; joins: TurnJoin[] },
  SerializedElementNode
>;

/**
 * One turn of a transcript in edit mode. Unlike the read-only SegmentNode, its speaker and
 * timestamp change, and it remembers where it came from so that saving can say what
 * happened to the turns: `origin` is the ordinal of the stored turn it started as (null for
 * a turn made by a split), `joins` the stored turns joined into it and the line break where each begins
 * (the backend joins turns at a line break, so that break must stay). Speaker and timestamp
 * stay generated content (CSS ::before), never text.
 */
export class EditTurnNode extends ElementNode {
  __speaker: string | null;
  __timestamp: string | null;
  __origin: number | null;
  __joins: readonly TurnJoin[];

  static override getType(): string {
    return 'verbatim-edit-turn';
  }

  static override clone(node: EditTurnNode): EditTurnNode {
    return new EditTurnNode(node.__speaker, node.__timestamp, node.__origin, node.__joins, node.__key);
  }

  static override importJSON(serialized: SerializedEditTurnNode): EditTurnNode {
    return $createEditTurnNode(
      serialized.speaker,
      serialized.timestamp,
      serialized.origin,
      serialized.joins,
    ).updateFromJSON(serialized);
  }

  constructor(
    speaker: string | null,
    timestamp: string | null,
    origin: number | null,
    joins: readonly TurnJoin[] = [],
    key?: NodeKey,
  ) {
    super(key);
    this.__speaker = speaker;
    this.__timestamp = timestamp;
    this.__origin = origin;
    this.__joins = joins;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedEditTurnNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedEditTurnNode {
    return {
      ...super.exportJSON(),
      speaker: this.__speaker,
      timestamp: this.__timestamp,
      origin: this.__origin,
      joins: [...this.__joins],
    };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'segment';
    // The offset mapping (domOffsets.ts) finds turns by this attribute.
    element.dataset.ordinal = '';
    this.labelDOM(element);
    return element;
  }

  override updateDOM(_previous: this, element: HTMLElement): boolean {
    this.labelDOM(element);
    return false;
  }

  private labelDOM(element: HTMLElement): void {
    const set = (name: 'data-speaker' | 'data-timestamp', value: string | null): void => {
      if (value) element.setAttribute(name, value);
      else element.removeAttribute(name);
    };
    set('data-speaker', this.__speaker);
    set('data-timestamp', this.__timestamp);
  }

  getSpeaker(): string | null {
    return this.getLatest().__speaker;
  }

  getTimestamp(): string | null {
    return this.getLatest().__timestamp;
  }

  getOrigin(): number | null {
    return this.getLatest().__origin;
  }

  getJoins(): readonly TurnJoin[] {
    return this.getLatest().__joins;
  }

  setLabels(speaker: string | null, timestamp: string | null): this {
    const writable = this.getWritable();
    writable.__speaker = speaker;
    writable.__timestamp = timestamp;
    return writable;
  }

  setJoins(joins: readonly TurnJoin[]): this {
    const writable = this.getWritable();
    writable.__joins = joins;
    return writable;
  }

  /** Replaces the turn's content by `text`: text runs and one line break per "\n". */
  setText(text: string): this {
    this.clear();
    text.split('\n').forEach((line, index) => {
      if (index > 0) this.append($createLineBreakNode());
      if (line.length > 0) this.append($createTextNode(line));
    });
    return this;
  }
}

export function $createEditTurnNode(
  speaker: string | null,
  timestamp: string | null,
  origin: number | null,
  joins: readonly TurnJoin[] = [],
): EditTurnNode {
  return $applyNodeReplacement(new EditTurnNode(speaker, timestamp, origin, joins));
}

export function $isEditTurnNode(node: LexicalNode | null | undefined): node is EditTurnNode {
  return node instanceof EditTurnNode;
}
