import type { Span } from '../../../../shared/model';

export type HighlightKind = 'heading' | 'duty' | 'field' | 'factor';

export type Highlight = Readonly<{ span: Span; kind: HighlightKind; label: string }>;

export type TextSegment = Readonly<{ text: string; highlight?: Highlight }>;

/**
 * Cuts the text into plain and highlighted runs. Where highlights overlap, the one that starts
 * first wins and the later one is clipped, so every character appears exactly once.
 */
export function highlightSegments(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const ordered = [...highlights]
    .filter((item) => item.span.end > item.span.start)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const highlight of ordered) {
    const start = Math.max(highlight.span.start, cursor);
    const end = Math.min(highlight.span.end, text.length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), highlight });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
