import { useState, type DragEvent } from 'react';
import { dropMove, placementAt, type DropPlacement, type MoveTarget } from './codeMoves.ts';
import type { CodeTreeNode } from './codeTree.ts';
import type { RowDrag } from './CodeRow.tsx';

const MIME = 'application/x-verbatim-code';

/**
 * Drag and drop in the codebook: the top or bottom of a row puts the dragged code before or
 * after it, the middle nests it inside. A drop that would put a code inside itself is refused
 * (no indicator, and the browser shows "not allowed").
 */
export function useCodeDrag(tree: readonly CodeTreeNode[], onMove: (id: number, target: MoveTarget) => void) {
  const [draggedId, setDraggedId] = useState<number | null>(null);
  const [over, setOver] = useState<{ id: number; placement: DropPlacement } | null>(null);

  const placementOf = (event: DragEvent<HTMLDivElement>): DropPlacement => {
    const box = event.currentTarget.getBoundingClientRect();
    return placementAt(event.clientY - box.top, box.height);
  };

  const rowDrag = (id: number): RowDrag => ({
    indicator: over?.id === id ? over.placement : null,
    onDragStart: (event) => {
      event.dataTransfer.setData(MIME, String(id));
      event.dataTransfer.setData('text/plain', String(id));
      event.dataTransfer.effectAllowed = 'move';
      setDraggedId(id);
    },
    onDragOver: (event) => {
      if (draggedId === null) return;
      const placement = placementOf(event);
      if (!dropMove(tree, draggedId, id, placement)) {
        if (over?.id === id) setOver(null);
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over?.id !== id || over.placement !== placement) setOver({ id, placement });
    },
    onDragLeave: (event) => {
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      if (over?.id === id) setOver(null);
    },
    onDrop: (event) => {
      event.preventDefault();
      const target = draggedId === null ? null : dropMove(tree, draggedId, id, placementOf(event));
      if (draggedId !== null && target) onMove(draggedId, target);
      setOver(null);
      setDraggedId(null);
    },
    onDragEnd: () => {
      setOver(null);
      setDraggedId(null);
    },
  });

  return { dragging: draggedId !== null, rowDrag };
}
