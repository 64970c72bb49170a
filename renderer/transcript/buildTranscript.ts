import { $createLineBreakNode, $createTextNode, $getRoot } from 'lexical';
import type { DocumentDetail } from '../../app/contract/index.ts';
import { $createSegmentNode } from './SegmentNode.ts';

/**
 * Fills the editor with one SegmentNode per segment: text runs and a LineBreakNode per "\n".
 * The separator between segments is not rendered; offsets account for it (offsets.ts).
 * Run inside editor.update().
 */
export function $buildTranscript(document: DocumentDetail): void {
  const root = $getRoot();
  root.clear();
  for (const segment of document.segments) {
    const node = $createSegmentNode(segment);
    const lines = document.text.slice(segment.start, segment.end).split('\n');
    lines.forEach((line, index) => {
      if (index > 0) node.append($createLineBreakNode());
      if (line.length > 0) node.append($createTextNode(line));
    });
    root.append(node);
  }
}
