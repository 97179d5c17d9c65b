/**
 * DOM ↔ document offsets for the transcript. Every rendered text piece is an element with
 * `data-offset` (start) and `data-end` and exactly one text node, so a boundary inside a piece
 * maps to `data-offset + offset`; a boundary between elements maps to the nearest piece edge.
 */

const PIECE = '[data-offset]';

function pieceOf(node: Node | null): HTMLElement | null {
  const el = node instanceof HTMLElement ? node : node?.parentElement;
  return (el?.closest(PIECE) as HTMLElement | null) ?? null;
}

/**
 * The document offset of a DOM boundary point inside `root`. `side` tells which piece to use
 * when the point lies between pieces: 'start' takes the next piece's start, 'end' the previous
 * piece's end. Null when no piece is on that side.
 */
export function boundaryToOffset(root: HTMLElement, container: Node, offset: number, side: 'start' | 'end'): number | null {
  const piece = pieceOf(container);
  if (piece && root.contains(piece)) {
    const base = Number(piece.dataset.offset);
    if (container.nodeType === Node.TEXT_NODE) return base + offset;
    // An element boundary inside the piece: before or after its text node.
    return offset === 0 ? base : Number(piece.dataset.end);
  }
  const pieces = Array.from(root.querySelectorAll<HTMLElement>(PIECE));
  if (pieces.length === 0) return null;
  const point = document.createRange();
  point.setStart(container, offset);
  point.collapse(true);
  if (side === 'start') {
    for (const p of pieces) if (point.comparePoint(p, 0) >= 0) return Number(p.dataset.offset);
    return null;
  }
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (point.comparePoint(p, p.childNodes.length) <= 0) return Number(p.dataset.end);
  }
  return null;
}

/** The raw document offsets of the window's selection inside `root`, or null. */
export function selectionOffsets(root: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) {
    // Partly outside: keep only what lies inside the transcript.
    if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  }
  const start = root.contains(range.startContainer) ? boundaryToOffset(root, range.startContainer, range.startOffset, 'start') : boundaryToOffset(root, root, 0, 'start');
  const end = root.contains(range.endContainer) ? boundaryToOffset(root, range.endContainer, range.endOffset, 'end') : boundaryToOffset(root, root, root.childNodes.length, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The document offset under a screen point (for dragging a bracket's handle), or null. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) {
      node = pos.offsetNode;
      offset = pos.offset;
    }
  } else if (document.caretRangeFromPoint) {
    const range = document.caretRangeFromPoint(x, y);
    if (range) {
      node = range.startContainer;
      offset = range.startOffset;
    }
  }
  if (!node || !root.contains(node)) return null;
  return boundaryToOffset(root, node, offset, 'start');
}
