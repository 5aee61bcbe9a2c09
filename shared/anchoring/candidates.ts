import { similarity, contextSimilarity } from './similarity';
import type { TextQuoteSelector } from './types';

export type Candidate = Readonly<{ start: number; end: number; quoteScore: number; contextScore: number }>;

/** More places than this for one piece of a quote means the piece is boilerplate: it says nothing about where the quote went. */
const MAX_OCCURRENCES = 24;
const SEED_CHARS = 16;

export function occurrences(text: string, piece: string, limit: number = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  if (piece === '') return found;
  let from = text.indexOf(piece);
  while (from !== -1 && found.length < limit) {
    found.push(from);
    from = text.indexOf(piece, from + 1);
  }
  return found;
}

export function scoreRange(quote: TextQuoteSelector, text: string, start: number, end: number): Candidate {
  return {
    start,
    end,
    quoteScore: similarity(quote.exact, text.slice(start, end)),
    contextScore: contextSimilarity(quote.prefix, quote.suffix, text, start, end),
  };
}

/**
 * Ranges of `text` that may hold a reworded copy of the quote, found from pieces of it that
 * survived (its first, middle and last characters); the start and end pieces pair up when
 * they are about a quote's length apart, so an inserted or dropped word keeps both edges.
 */
export function seededRanges(exact: string, text: string): Array<Readonly<{ start: number; end: number }>> {
  const length = exact.length;
  const seed = Math.min(SEED_CHARS, Math.max(4, Math.floor(length / 3)));
  const head = exact.slice(0, seed);
  const tail = exact.slice(length - seed);
  const middleOffset = Math.max(0, Math.floor(length / 2 - seed / 2));
  const middle = exact.slice(middleOffset, middleOffset + seed);
  const telling = (piece: string): number[] => {
    const found = occurrences(text, piece, MAX_OCCURRENCES + 1);
    return found.length > MAX_OCCURRENCES ? [] : found;
  };
  const heads = telling(head);
  const tails = telling(tail).map((at) => at + seed);
  const ranges = new Map<string, Readonly<{ start: number; end: number }>>();
  const add = (start: number, end: number): void => {
    const from = Math.max(0, start);
    const to = Math.min(text.length, end);
    if (to > from) ranges.set(`${from}:${to}`, { start: from, end: to });
  };
  const fits = (start: number, end: number): boolean => end - start >= length * 0.6 && end - start <= length * 1.5 + 8;
  for (const start of heads) {
    const end = tails.find((candidateEnd) => fits(start, candidateEnd));
    add(start, end ?? start + length);
  }
  for (const end of tails) {
    if (!heads.some((start) => fits(start, end))) add(end - length, end);
  }
  for (const at of telling(middle)) add(at - middleOffset, at - middleOffset + length);
  return [...ranges.values()];
}
