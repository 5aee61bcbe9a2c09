import type { PdfLine } from './pdfTypes';

// A font whose ligature glyphs carry no Unicode mapping reaches pdf.js's text as NUL: "quali\0cations", "\0eld", "sta\0".
const LOST_LIGATURE = /\u0000+/g;
const WORD_WITH_LOSS = /[\p{L}\u0000]*\u0000[\p{L}\u0000]*/gu;
// Most likely first: "fi" is by far the commonest ligature in English text, then "fl", "ff" and the triple ones.
const LIGATURES = ['fi', 'fl', 'ff', 'ffi', 'ffl'] as const;

function wordsOf(lines: readonly PdfLine[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  }
  return words;
}

// The ligature that makes a word the document prints elsewhere in full; "fi" when none does.
function restoreWord(word: string, vocabulary: ReadonlySet<string>): string {
  // A NUL with no letter beside it is noise, left for the text normalizer to drop.
  if (!/\p{L}/u.test(word)) return word;
  for (const ligature of LIGATURES) {
    const candidate = word.replace(LOST_LIGATURE, ligature);
    if (vocabulary.has(candidate.toLowerCase())) return candidate;
  }
  return word.replace(LOST_LIGATURE, LIGATURES[0]);
}

/** Puts back the ligatures ("fi", "fl", "ff", "ffi", "ffl") a PDF font printed as unmapped glyphs, judged by the document's own words. */
export function restoreLigatures(pages: readonly (readonly PdfLine[])[]): PdfLine[][] {
  const hasLoss = (line: PdfLine): boolean => line.text.includes('\u0000');
  if (!pages.some((page) => page.some(hasLoss))) return pages.map((page) => [...page]);
  const vocabulary = wordsOf(pages.flat());
  return pages.map((page) =>
    page.map((line) =>
      hasLoss(line)
        ? { ...line, text: line.text.replace(WORD_WITH_LOSS, (word) => restoreWord(word, vocabulary)) }
        : line,
    ),
  );
}
