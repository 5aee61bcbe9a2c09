import { rewriteMapped, type MappedText } from './mappedText';

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085\f\v]/g;
// U+FFFD marks bytes an earlier conversion already lost; it carries no text, so it goes with NUL.
const NOISE = /[\u0000\uFFFD\u200B\uFEFF]+/g;
const NON_BREAKING_SPACE = /[\u00A0\u2007\u202F]/g;
const NON_ASCII_LINE = /[^\n]*[^\u0000-\u007F][^\n]*/g;
const TRAILING_SPACE = /[ \t]+(?=\n)|[ \t]+$/g;
const BLANK_RUN = /\n(?:[ \t]*\n)+/g;
const EDGE_BLANK_LINES = /^(?:[ \t]*\n)+|\n+$/g;

/**
 * The text conventions every extractor ends with, so the parser sees one shape: NFC, LF only,
 * no NUL/U+FFFD, no trailing spaces, paragraphs separated by exactly one blank line.
 */
export function normalizeText(input: MappedText): MappedText {
  let mapped = rewriteMapped(input, LINE_BREAKS, () => '\n');
  mapped = rewriteMapped(mapped, NOISE, () => '');
  mapped = rewriteMapped(mapped, NON_BREAKING_SPACE, () => ' ');
  mapped = rewriteMapped(mapped, NON_ASCII_LINE, (line) => line.normalize('NFC'));
  mapped = rewriteMapped(mapped, TRAILING_SPACE, () => '');
  mapped = rewriteMapped(mapped, BLANK_RUN, () => '\n\n');
  return rewriteMapped(mapped, EDGE_BLANK_LINES, () => '');
}
