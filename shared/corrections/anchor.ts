import type { Span } from '../model';
import type { TextAnchor } from './types';

const CONTEXT_LENGTH = 32;

/** The anchor of a passage of `text`. */
export function anchorOf(text: string, span: Span): TextAnchor {
  return {
    quote: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
  };
}

function sharedSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Where the anchored passage is in `text`: at its recorded offsets when the text there is
 * unchanged, otherwise the occurrence of the quote whose surrounding words match best (then the
 * nearest); null when the quote is nowhere in the text.
 */
export function resolveAnchor(text: string, anchor: TextAnchor): Span | null {
  const { quote } = anchor;
  if (!quote) return null;
  if (text.slice(anchor.start, anchor.end) === quote) return { start: anchor.start, end: anchor.end };
  let best: Span | null = null;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const end = at + quote.length;
    const score =
      sharedSuffixLength(text.slice(Math.max(0, at - CONTEXT_LENGTH), at), anchor.prefix) +
      sharedPrefixLength(text.slice(end, end + CONTEXT_LENGTH), anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = { start: at, end };
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** The same anchor moved to where it was found. */
export function relocate(anchor: TextAnchor, span: Span): TextAnchor {
  return { ...anchor, start: span.start, end: span.end };
}
