const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Where the selected words sit in the duty's printed text: the words in order with any run of
 * whitespace between them (the table shows duties with line breaks and double spaces folded).
 * Null when they are not found, or found more than once in the duty (the place would be a guess).
 */
export function placeWords(
  text: string,
  span: Readonly<{ start: number; end: number }>,
  selected: string,
): Readonly<{ start: number; end: number }> | null {
  const words = selected.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  const found = [...text.slice(span.start, span.end).matchAll(pattern)];
  const [only] = found;
  if (found.length !== 1 || !only) return null;
  return { start: span.start + (only.index ?? 0), end: span.start + (only.index ?? 0) + only[0].length };
}
