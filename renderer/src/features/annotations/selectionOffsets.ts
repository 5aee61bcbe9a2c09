/** Attribute on an element whose text content is exactly the spec's text from this offset on. */
export const TEXT_START_ATTRIBUTE = 'data-text-start';

export type TextRange = Readonly<{ start: number; end: number }>;

function offsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const host = element?.closest(`[${TEXT_START_ATTRIBUTE}]`);
  const base = Number(host?.getAttribute(TEXT_START_ATTRIBUTE));
  if (!host || !Number.isInteger(base)) return null;
  const range = host.ownerDocument.createRange();
  range.setStart(host, 0);
  range.setEnd(node, offset);
  return base + range.toString().length;
}

/**
 * Offsets into the spec's normalized text of a DOM selection made inside `root`, or null when
 * the selection is empty, outside, or ends outside text that maps to the spec.
 */
export function selectionToTextRange(selection: Selection | null, root: Element): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
