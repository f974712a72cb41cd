// DOM selection ↔ canonical text offsets. Every piece of article text is rendered inside an
// element carrying data-s / data-e (its [start, end) in the canonical text); claim badges are
// zero-length (data-s = data-e), so a selection that ends on one lands on the claim's end.
import { trimRange, type TextRange } from "@/lib/anchoring/selectors";

const SEGMENT = "[data-s]";

function segmentBounds(element: Element): TextRange {
  return { start: Number(element.getAttribute("data-s")), end: Number(element.getAttribute("data-e")) };
}

function firstSegmentIn(node: Node | undefined): Element | null {
  if (!(node instanceof Element)) return null;
  return node.matches(SEGMENT) ? node : node.querySelector(SEGMENT);
}

function lastSegmentIn(node: Node | undefined): Element | null {
  if (!(node instanceof Element)) return null;
  if (node.matches(SEGMENT)) return node;
  const all = node.querySelectorAll(SEGMENT);
  return all.length > 0 ? (all[all.length - 1] ?? null) : null;
}

/** The canonical offset of a DOM boundary point inside `root`, or null when it is outside the text. */
export function toTextOffset(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const container = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = container?.closest(SEGMENT);
  if (segment && root.contains(segment)) {
    const { start, end } = segmentBounds(segment);
    if (node.nodeType === Node.TEXT_NODE) return Math.min(start + offset, end);
    return offset === 0 ? start : end;
  }
  if (!container) return null;
  // A boundary between elements (a block, the article): use the nearest text after it, else before it.
  const children = Array.from(container.childNodes);
  // In a text node outside the text (whitespace between blocks) the offset counts characters, not
  // children: the boundary is the node's own place, as it holds no text of the article.
  const index = node.nodeType === Node.TEXT_NODE ? children.indexOf(node as ChildNode) : offset;
  for (const child of children.slice(index)) {
    const first = firstSegmentIn(child);
    if (first) return segmentBounds(first).start;
  }
  for (const child of children.slice(0, index).reverse()) {
    const last = lastSegmentIn(child);
    if (last) return segmentBounds(last).end;
  }
  return null;
}

/** The canonical range of the current selection inside `root`, or null. */
export function getSelectedRange(root: Element): TextRange | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = toTextOffset(root, range.startContainer, range.startOffset);
  const end = toTextOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** A selection waiting for an action, with where its toolbar goes (px from the root's corner). */
export interface PendingSelection extends TextRange {
  top: number;
  left: number;
}

/**
 * The current selection inside `root`, trimmed of edge whitespace, with the point above its
 * middle for a toolbar (`left` kept at least `margin` px from the root's sides); null if none.
 */
export function readPendingSelection(root: Element, text: string, margin = 0): PendingSelection | null {
  const range = getSelectedRange(root);
  if (!range) return null;
  const trimmed = trimRange(text, range);
  if (trimmed.end <= trimmed.start) return null;
  const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
  const box = root.getBoundingClientRect();
  const middle = rect.left - box.left + rect.width / 2;
  return { ...trimmed, top: rect.top - box.top, left: Math.min(Math.max(middle, margin), box.width - margin) };
}
