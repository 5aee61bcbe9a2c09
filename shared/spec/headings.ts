import type { Line } from './lines';
import { isTitleCase } from '../text';
import { isMetadataLabel } from './metadataLabels';
import {
  countWords,
  hasMoreWords,
  isAllCaps,
  isBannerLine,
  isPageFurniture,
  normalizedText,
  readListMarker,
} from './lineShape';
import {
  classifyNormalized,
  isBannerText,
  isEmployerBanner,
  isVocabularyNormalized,
  isVocabularyPhrase,
  normalizeHeading,
  startsWithHeadingWord,
} from './headingVocabulary';
import type { SectionKind, Span } from '../model';

export type HeadingLine = Readonly<{
  lineIndex: number;
  // As printed, trimmed, without markdown markup.
  heading: string;
  span: Span;
  // Typographic rank: lower ranks enclose higher ones (markdown levels, then capitals, bold, title case).
  rank: number;
  kind: SectionKind;
  // Shape alone makes it a heading; unconfident ones (unknown ALL-CAPS lines) count only after the letterhead.
  isConfident: boolean;
  // Set when the body begins on the heading's own line ("DUTIES: Performs ..."): the offset after the label.
  bodyStart?: number;
}>;

// "OR" / "AND" between alternative requirements.
const CONNECTIVE = /^(or|and|and or|plus|either)$/;
const CAPS_RANK = 10;
const BOLD_RANK = 11;
const TITLE_CASE_RANK = 12;
const MAX_HEADING_WORDS = 10;
const MARKDOWN_HEADING = /^(#{1,6}) +(.+?)\s*#*$/;
const BOLD_LINE = /^(\*\*|__)([^*_]+?)(\*\*|__)\s*:?$/;
// "EXAMPLES OF DUTIES: Files records ...": a capitalized label, a colon, then the body on the same line.
const INLINE_HEADING = /^(\p{Lu}[\p{Lu}\p{N} ,&/'’()-]*?)\s*:[ \t]+(?=\S)/u;

function headingAt(
  line: Line,
  offset: number,
  heading: string,
  rank: number,
  isConfident: boolean,
  normalized = normalizeHeading(heading),
): HeadingLine {
  const start = line.content.start + offset;
  return {
    lineIndex: line.index,
    heading,
    span: { start, end: start + heading.length },
    rank,
    kind: classifyNormalized(normalized),
    isConfident,
  };
}

// "APPLICATIONS ARE WELCOME FROM PART TIMERS", "GIVEN ONLY ON AN OPEN COMPETITIVE BASIS": a notice in capitals, not a topic.
const STATEMENT_WORD =
  /\b(is|are|was|were|will|must|may|shall|should|can|be|been|given|welcome|welcomed|encouraged|invited|required|apply|offers?|provides?|accepts?)\b/;
const MIN_STATEMENT_WORDS = 5;

function isCapitalStatement(normalized: string): boolean {
  return countWords(normalized) >= MIN_STATEMENT_WORDS && STATEMENT_WORD.test(normalized);
}

// "HL8", "G7", "KC", "GBP": a code, a grade, initials or a currency standing alone, not a topic.
function isLoneCode(value: string): boolean {
  return /^(?:[\p{Lu}\p{N}-]{1,4}|[A-Z]{0,4}-?\d[\w-]*)$/u.test(value);
}

function isShortPhrase(value: string): boolean {
  return value.length <= 90 && countWords(value) <= MAX_HEADING_WORDS && /^[\p{L}\p{N}(]/u.test(value);
}

function readMarkupHeading(line: Line): HeadingLine | null | undefined {
  const first = line.text[0];
  if (first !== '#' && first !== '*' && first !== '_') return undefined;
  const markdown = MARKDOWN_HEADING.exec(line.text);
  if (markdown?.[1] !== undefined && markdown[2] !== undefined) {
    const inner = markdown[2].replace(/^(\*\*|__)|(\*\*|__)$/g, '').trim();
    // A page or Word heading style on the employer's letterhead ("## CITY OF RIVERTON") is still a banner.
    if (isEmployerBanner(inner)) return null;
    return headingAt(line, line.text.indexOf(inner, markdown[1].length), inner, markdown[1].length, true);
  }
  const bold = BOLD_LINE.exec(line.text);
  if (bold?.[2] !== undefined) {
    const inner = bold[2].trim();
    if (!isShortPhrase(inner) || /[.;,]$/.test(inner) || isBannerText(inner) || isLoneCode(inner)) return null;
    return headingAt(line, line.text.indexOf(inner), inner, BOLD_RANK, true);
  }
  return undefined;
}

// Only vocabulary phrases count, so "BARGAINING UNIT: AFSCME" stays a field and "Substitutions: ..." a labelled paragraph.
function readInlineHeading(line: Line): HeadingLine | null {
  const match = INLINE_HEADING.exec(line.text);
  const label = match?.[1];
  if (match === null || label === undefined || !isAllCaps(label) || countWords(label) > MAX_HEADING_WORDS) return null;
  const normalized = normalizeHeading(label);
  if (!isVocabularyNormalized(normalized) || isMetadataLabel(normalized)) return null;
  const heading = line.text.slice(0, line.text.indexOf(':', label.length) + 1);
  return {
    ...headingAt(line, 0, heading, CAPS_RANK, true, normalized),
    bodyStart: line.content.start + match[0].length,
  };
}

// The line as a heading judged by its shape alone, or null when it is body text.
function readHeadingShape(line: Line): HeadingLine | null {
  const { text } = line;
  if (line.isBlank || isPageFurniture(line)) return null;
  const markup = readMarkupHeading(line);
  if (markup !== undefined) return markup;
  if (text.includes('\t') || text.includes('**')) return null;
  const marker = readListMarker(line);
  if (marker === null && text.includes(': ')) {
    const inline = readInlineHeading(line);
    if (inline !== null) return inline;
  }
  if (text.length > 120) return null;
  if (marker !== null) {
    const rest = text.slice(marker.textStart - line.content.start);
    const isOutline = marker.kind !== 'bullet' && marker.kind !== 'percent' && isAllCaps(rest) && isShortPhrase(rest);
    return isOutline && (rest.endsWith(':') || isVocabularyPhrase(rest))
      ? headingAt(line, 0, text, CAPS_RANK, true)
      : null;
  }
  if (!isShortPhrase(text)) return null;
  return readPlainHeading(line);
}

function readPlainHeading(line: Line): HeadingLine | null {
  const { text } = line;
  const isColonEnded = text.endsWith(':');
  const body = isColonEnded ? text.slice(0, -1) : text;
  if (body.includes(':') || (isColonEnded ? !/^\p{Lu}/u.test(body) : /[.,;!?]$/.test(body))) return null;
  const isCaps = isAllCaps(body);
  if (!isCaps && !startsWithHeadingWord(body) && !(isColonEnded && isTitleCase(body))) return null;
  const normalized = normalizedText(line);
  // Body lines that merely open with a heading word ("The incumbent ...") fail here, before the costlier tests.
  if (!isCaps && !isColonEnded && !isVocabularyNormalized(normalized)) return null;
  if (isBannerLine(line) || CONNECTIVE.test(normalized) || (isColonEnded && isMetadataLabel(normalized))) return null;
  if (isCaps && !isColonEnded && isCapitalStatement(normalized)) return null;
  if (isCaps && !isColonEnded && isLoneCode(body)) return null;
  if (isCaps)
    return headingAt(line, 0, text, CAPS_RANK, isColonEnded || isVocabularyNormalized(normalized), normalized);
  const isHeading = isColonEnded
    ? isTitleCase(body) || isVocabularyNormalized(normalized)
    : isTitleCase(body) && isVocabularyNormalized(normalized);
  return isHeading ? headingAt(line, 0, text, TITLE_CASE_RANK, true, normalized) : null;
}

const MAX_SUBHEADING_WORDS = 6;
const MAX_QUESTION_WORDS = 8;
const MIN_ANSWER_WORDS = 4;

// "Management of Resources" alone between blank lines, followed by text: a mixed-case sub-heading, counted once past the letterhead.
function readStandingSubheading(lines: readonly Line[], line: Line): HeadingLine | null {
  const { text } = line;
  const before = lines[line.index - 1];
  const after = lines[line.index + 1];
  const next = lines[line.index + 2];
  // Standing alone is the cheap test most lines fail, so it comes before the word tests.
  if (
    line.isBlank ||
    (before !== undefined && !before.isBlank) ||
    after === undefined ||
    !after.isBlank ||
    next === undefined ||
    next.isBlank
  )
    return null;
  // "Why should I apply?": a question standing alone is a sub-heading whatever its capitals.
  const isQuestion = text.endsWith('?') && /^\p{Lu}/u.test(text) && !hasMoreWords(text, MAX_QUESTION_WORDS);
  if (
    !isQuestion &&
    (hasMoreWords(text, MAX_SUBHEADING_WORDS) || !isTitleCase(text) || isAllCaps(text) || /[.,;:!?]$/.test(text))
  )
    return null;
  // A question over "Yes" / "No" is a form's field, not a topic.
  if (isQuestion && !hasMoreWords(next.text, MIN_ANSWER_WORDS - 1)) return null;
  if (
    readListMarker(line) !== null ||
    isBannerLine(line) ||
    isPageFurniture(line) ||
    text.includes('\t') ||
    /\d/.test(text)
  )
    return null;
  return headingAt(line, 0, text, TITLE_CASE_RANK, false, normalizedText(line));
}

// Every heading in document order. Unknown ALL-CAPS lines count once the letterhead is behind
// (after the first heading known by its words), except inside a job-family list.
export function findHeadings(lines: readonly Line[]): HeadingLine[] {
  const headings: HeadingLine[] = [];
  let isPastLetterhead = false;
  let isInFamilyList = false;
  for (const line of lines) {
    const heading = readHeadingShape(line) ?? readStandingSubheading(lines, line);
    if (heading === null) continue;
    if (!heading.isConfident && (!isPastLetterhead || isInFamilyList)) continue;
    // A document-type banner marked as a heading above every other heading ("## Position Classification Description") is letterhead.
    if (headings.length === 0 && isBannerText(heading.heading)) continue;
    if (heading.isConfident) {
      isPastLetterhead = true;
      isInFamilyList = heading.kind === 'job_family';
    }
    headings.push(heading);
  }
  return headings;
}
