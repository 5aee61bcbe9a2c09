/** Above this many characters a quote is compared word by word: character edit distance grows quadratically. */
const MAX_CHAR_COMPARE = 1200;
const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const left = a[i - 1];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = left === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** 1 − edit distance / longer length: 1 for equal strings, 0 for nothing in common. Case-sensitive. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  if (longer <= MAX_CHAR_COMPARE) return 1 - editDistance(a, b) / longer;
  const tokensA = a.match(TOKEN) ?? [];
  const tokensB = b.match(TOKEN) ?? [];
  const longerTokens = Math.max(tokensA.length, tokensB.length);
  return longerTokens === 0 ? 1 : 1 - editDistance(tokensA, tokensB) / longerTokens;
}

/**
 * How well the text around a candidate matches the stored prefix and suffix. The prefix is
 * compared from its end and the suffix from its start (the characters next to the quote matter
 * most); an empty stored side (quote at the document's edge) counts only if the candidate is at the edge too.
 */
export function contextSimilarity(prefix: string, suffix: string, text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const prefixScore = prefix.length === 0 ? (start === 0 ? 1 : 0.5) : similarity(prefix, before);
  const suffixScore = suffix.length === 0 ? (end === text.length ? 1 : 0.5) : similarity(suffix, after);
  return (prefixScore + suffixScore) / 2;
}
