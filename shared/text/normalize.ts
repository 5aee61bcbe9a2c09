// Leading list markers: bullets, "1.", "1)", "(a)", "a.", "iv)" — numbering is noise when comparing duties.
const LIST_MARKER = /^\s*(?:(?:[-–—•·▪◦*>]+|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)])\s+)+/gmu;
const APOSTROPHE = /['’‘`]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const DIACRITIC = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/u;

/**
 * Lower-cased, accent-free text with list markers and punctuation replaced by single spaces.
 * Two statements that differ only in numbering, bullets, case or punctuation normalize equal.
 */
export function normalizeText(text: string): string {
  const unmarked = text.replace(LIST_MARKER, ' ');
  // Decomposing accents is the slow step; plain ASCII (most specs) has none to remove.
  const plain = NON_ASCII.test(unmarked) ? unmarked.normalize('NFKD').replace(DIACRITIC, '') : unmarked;
  return plain.toLowerCase().replace(APOSTROPHE, '').replace(NON_WORD, ' ').trim();
}

/** Collapses runs of whitespace so layout differences (wrapping, indentation) do not count. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
