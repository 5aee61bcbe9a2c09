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
// The words: runs between white space and slashes; only those with a letter count.
const WORD = /[^\s/]+/g;
const HAS_LETTER = /\p{L}/u;

/**
 * Every word capitalized except minor words, the first always ("Knowledge of", "Licenses; Certificates;
 * Special Requirements"): how headings and titles are written, unlike sentences. One rule for the PDF
 * reader's display lines and the parser's heading shapes.
 */
export function isTitleCase(value: string): boolean {
  // One pass that stops at the first lower-case word: most lines asked are sentences.
  let hasWord = false;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(value); match !== null; match = WORD.exec(value)) {
    const word = match[0];
    if (!HAS_LETTER.test(word)) continue;
    const isCapitalized = STARTS_CAPITALIZED.test(word);
    if (!isCapitalized && (!hasWord || !MINOR_WORDS.has(word.toLowerCase().replace(/[^a-z/]/g, '')))) return false;
    hasWord = true;
  }
  return hasWord;
}
