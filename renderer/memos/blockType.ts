import { $isListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type ElementNode,
} from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'ul' | 'ol';

/** The block the selection starts in, for the toolbar's pressed state. */
export function $selectedBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block = anchor.getKey() === 'root' ? null : anchor.getTopLevelElement();
  if (!block) return null;
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h2' || tag === 'h3' ? tag : 'paragraph';
  }
  if ($isListNode(block)) return block.getListType() === 'number' ? 'ol' : 'ul';
  return 'paragraph';
}

/**
 * Turns the selected top-level blocks into headings or paragraphs, keeping their text.
 * (Lists have their own commands; a list block is left as it is.)
 */
export function $setSelectedBlocks(type: 'paragraph' | 'h2' | 'h3'): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes()]) {
    const block = node.getKey() === 'root' ? null : node.getTopLevelElement();
    if ($isElementNode(block) && !$isListNode(block)) blocks.set(block.getKey(), block);
  }
  for (const block of blocks.values()) {
    block.replace(type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type), true);
  }
}
