import type { Span } from '../../../../shared/model';

/** Up to `chars` characters either side of a span, cut at word boundaries (never inside a word). */
export function contextWindow(text: string, span: Span, chars: number): Readonly<{ from: number; to: number }> {
  const before = span.start - chars;
  let from = 0;
  if (before > 0) {
    const space = text.slice(before, span.start).search(/\s/);
    from = space < 0 ? span.start : before + space + 1;
  }
  const after = span.end + chars;
  let to = text.length;
  if (after < text.length) {
    const lastSpace = text.slice(span.end, after).search(/\s\S*$/);
    to = lastSpace < 0 ? span.end : span.end + lastSpace;
  }
  return { from, to };
}
