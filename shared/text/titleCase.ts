// Words a title leaves in lower case ("Director of Finance and Administration").
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'with',
  'and/or',
]);

const STARTS_CAPITALIZED = /^\P{L}*\p{Lu}/u;

/**
 * Every word capitalized except minor words, the first always ("Knowledge of", "Licenses; Certificates;
 * Special Requirements"): how headings and titles are written, unlike sentences. One rule for the PDF
 * reader's display lines and the parser's heading shapes.
 */
export function isTitleCase(value: string): boolean {
  const words = value.split(/[\s/]+/).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || !STARTS_CAPITALIZED.test(words[0] ?? '')) return false;
  return words.every(
    (word) => STARTS_CAPITALIZED.test(word) || MINOR_WORDS.has(word.toLowerCase().replace(/[^a-z/]/g, '')),
  );
}
