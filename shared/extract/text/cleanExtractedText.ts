import { rewriteMapped, type MappedText } from './mappedText';

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\f\v]/g;
// U+FFFD marks bytes an earlier conversion already lost; it carries no text, so it goes with NUL
// and the other control characters (C0 except TAB/LF, DEL, C1) and zero-width marks.
const NOISE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\u200B\uFEFF]+/g;
const COMBINING_SEQUENCE = /[^\n][\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u3099\u309A]+/g;
const NON_ASCII = /[^\u0000-\u007F]/g;
// Word's Symbol/Wingdings bullets reach text as private-use code points (U+F0B7 and friends); a
// Word HTML export prints them as "·" followed by no-break spaces. Both become the bullet readers see.
const SYMBOL_FONT_BULLET = /[\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8\uF06E\uF0E8][ \t\u00A0]*/g;
const LEADING_MIDDLE_DOT = /^[ \t]*·[ \t\u00A0]+/gm;
// Any other icon font's glyph opening a line before the text (U+F111 in a printed web page) marks a list item too.
const LEADING_PRIVATE_USE = /^[ \t]*[\uE000-\uF8FF][ \t\u00A0]+/gm;
const NON_BREAKING_SPACE = /[\u00A0\u2007\u202F]/g;
const NON_ASCII_LINE = /[^\n]*[^\u0000-\u007F][^\n]*/g;
const TRAILING_SPACE = /[ \t]+(?=\n)|[ \t]+$/g;
const BLANK_RUN = /\n(?:[ \t]*\n)+/g;
const EDGE_BLANK_LINES = /^(?:[ \t]*\n)+|\n+$/g;

// TRAILING_SPACE tries at every space between words; it can only match a space or tab before a line end or at the end.
function hasTrailingSpace(text: string): boolean {
  return text.includes(' \n') || text.includes('\t\n') || text.endsWith(' ') || text.endsWith('\t');
}

/** NFC with the smallest rewrites (a base letter and its marks, then single characters), so the map stays exact. */
function composeNfc(input: MappedText): MappedText {
  if (input.text.normalize('NFC') === input.text) return input;
  let mapped = rewriteMapped(input, COMBINING_SEQUENCE, (sequence) => sequence.normalize('NFC'));
  mapped = rewriteMapped(mapped, NON_ASCII, (character) => character.normalize('NFC'));
  // Anything left (Hangul jamo, reordered marks) is rare: compose whole lines.
  return mapped.text.normalize('NFC') === mapped.text
    ? mapped
    : rewriteMapped(mapped, NON_ASCII_LINE, (line) => line.normalize('NFC'));
}

/**
 * The text conventions every extractor ends with, so the parser sees one shape: NFC, LF only,
 * no NUL/U+FFFD, no trailing spaces, paragraphs separated by exactly one blank line.
 */
export function cleanExtractedText(input: MappedText): MappedText {
  let mapped = rewriteMapped(input, LINE_BREAKS, () => '\n');
  mapped = rewriteMapped(mapped, NOISE, () => '');
  mapped = rewriteMapped(mapped, SYMBOL_FONT_BULLET, () => '• ');
  mapped = rewriteMapped(mapped, LEADING_MIDDLE_DOT, () => '• ');
  mapped = rewriteMapped(mapped, LEADING_PRIVATE_USE, () => '• ');
  mapped = rewriteMapped(mapped, NON_BREAKING_SPACE, () => ' ');
  mapped = composeNfc(mapped);
  if (hasTrailingSpace(mapped.text)) mapped = rewriteMapped(mapped, TRAILING_SPACE, () => '');
  mapped = rewriteMapped(mapped, BLANK_RUN, () => '\n\n');
  return rewriteMapped(mapped, EDGE_BLANK_LINES, () => '');
}
