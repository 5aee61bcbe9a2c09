import type { AnchorTarget, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a quote (as Hypothesis does). */
export const CONTEXT_CHARS = 32;

/**
 * Hash of a normalized text (cyrb53, 53 bits as hex): tells "same text as when annotated" at a
 * glance. Not a security hash; the spec id is the file's SHA-256.
 */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function quoteAt(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** Whitespace at the edges of a selection carries no meaning and would only make matching fragile. */
export function trimRange(text: string, start: number, end: number): Readonly<{ start: number; end: number }> {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}

/**
 * Selectors for exactly [start, end) of `text`; null when the range is empty or outside the text.
 * A selection from the screen goes through `trimRange` first; offsets given to the CLI are kept as given.
 */
export function createTarget(
  text: string,
  start: number,
  end: number,
  hash: string = textHash(text),
): AnchorTarget | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) return null;
  return { quote: quoteAt(text, start, end), position: { start, end }, textHash: hash };
}
