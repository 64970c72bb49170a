import {
  $applyNodeReplacement,
  ElementNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { Segment } from '../../app/contract/index.ts';

export type SerializedSegmentNode = Spread<{ segment: Segment }, SerializedElementNode>;

/**
 * One speaker turn (or paragraph) of a transcript. The speaker and timestamp are data
 * attributes shown by CSS generated content (::before), so they are visible but are not
 * text: they cannot be selected and never enter a coding's offsets.
 */
export class SegmentNode extends ElementNode {
  __segment: Segment;

  static override getType(): string {
    return 'verbatim-segment';
  }

  static override clone(node: SegmentNode): SegmentNode {
    return new SegmentNode(node.__segment, node.__key);
  }

  static override importJSON(serialized: SerializedSegmentNode): SegmentNode {
    return $createSegmentNode(serialized.segment).updateFromJSON(serialized);
  }

  constructor(segment: Segment, key?: NodeKey) {
    super(key);
    this.__segment = segment;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedSegmentNode>): this {
    return super.updateFromJSON(serialized);
  }

  override exportJSON(): SerializedSegmentNode {
    return { ...super.exportJSON(), segment: this.__segment };
  }

  override createDOM(): HTMLElement {
    const segment = this.__segment;
    const element = document.createElement('div');
    element.className = 'segment';
    element.dataset.ordinal = String(segment.ordinal);
    element.dataset.start = String(segment.start);
    if (segment.speaker) element.dataset.speaker = segment.speaker;
    if (segment.timestamp) element.dataset.timestamp = segment.timestamp;
    return element;
  }

  override updateDOM(): boolean {
    // Segments never change after the transcript is built.
    return false;
  }
}

export function $createSegmentNode(segment: Segment): SegmentNode {
  return $applyNodeReplacement(new SegmentNode(segment));
}
