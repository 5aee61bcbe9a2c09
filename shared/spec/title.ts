import type { HeadingLine } from './headings';
import type { Line } from './lines';
import { countWords, isBannerLine, isPageFurniture, readFields, readListMarker } from './lineShape';
import { isVocabularyPhrase, normalizeHeading } from './headingVocabulary';
import type { Span } from '../model';

/** `isGuess`: read from the first line that could be a title, with no label, heading or letterhead to go by. */
export type FoundTitle = Readonly<{ value: string; span: Span; lineIndex: number | null; isGuess?: boolean }>;

const MAX_TITLE_LENGTH = 120;
const MARKUP_RANK_LIMIT = 11;
// "Senior Content Designer Job description": the title, then the kind of document it is.
const DOCUMENT_KIND_SUFFIX =
  /^(.*?\p{L}.*?)[\s:–—-]+(?:job|position|role|class)\s+(?:description|profile|specification|posting|advert)s?$/iu;

/** A leading "# Title" (or a Word title heading): the document's title unless it is a section word ("# Duties"). */
export function isMarkdownTitle(heading: HeadingLine | undefined): heading is HeadingLine {
  return (
    heading !== undefined && heading.rank === 1 && (heading.kind === 'other' || !isVocabularyPhrase(heading.heading))
  );
}

const MARKUP_RANKS = 6;

// A job site's own name for its pages ("Job Opportunities", "Careers at UA", "Current Open Positions"), not a job's title.
const SITE_CHROME =
  /^(?:(?:current|open|all|latest) )*(?:(?:job|career|employment) )?(?:jobs?|careers?|opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|postings?)(?: (?:at|with) [\p{L}\p{N} ]+)?$|^(?:job search|search jobs|sign in|apply now|join us|join our team|work with us)$/u;

export function isSiteChrome(text: string): boolean {
  return SITE_CHROME.test(normalizeHeading(text));
}

/**
 * The "# Title" heading, also below smaller marked lines of no known kind that a printed web page sets above it
 * ("## Careers at UA"); below marked lines that are the job site's own name ("# Job Opportunities", "## Jobs"), the next marked line.
 */
export function markupTitle(headings: readonly HeadingLine[]): HeadingLine | null {
  let isBelowSiteName = false;
  for (const heading of headings) {
    const { rank, kind } = heading;
    if (rank > MARKUP_RANKS) return null;
    if (isSiteChrome(heading.heading)) {
      isBelowSiteName = true;
      continue;
    }
    if (isMarkdownTitle(heading) || (isBelowSiteName && kind === 'other')) return heading;
    if (kind !== 'other') return null;
  }
  return null;
}

// The first heading read as "<title> job description", as job profiles head their first page.
function suffixedTitle(heading: HeadingLine | undefined): FoundTitle | null {
  if (heading === undefined || heading.rank > MARKUP_RANK_LIMIT) return null;
  const match = DOCUMENT_KIND_SUFFIX.exec(heading.heading);
  if (match?.[1] === undefined) return null;
  const value = match[1].trim();
  return {
    value,
    span: { start: heading.span.start, end: heading.span.start + value.length },
    lineIndex: heading.lineIndex,
  };
}

// "Digital Services Expert GS-0301-15": a position description names its position beside its series and grade.
const FEDERAL_TITLE_LINE = /^(\p{Lu}[\p{L} ,&'’/-]{2,80}?)\s+[A-Z]{2}-\d{4}-\d{1,2}$/u;

function federalTitle(lines: readonly Line[]): FoundTitle | null {
  for (const line of lines) {
    const match = line.text.length < 100 ? FEDERAL_TITLE_LINE.exec(line.text) : null;
    if (match?.[1] !== undefined)
      return {
        value: match[1],
        span: { start: line.content.start, end: line.content.start + match[1].length },
        lineIndex: line.index,
      };
  }
  return null;
}

function isTitleCandidate(line: Line): boolean {
  if (
    line.isBlank ||
    !/\p{L}{2}/u.test(line.text) ||
    isPageFurniture(line) ||
    isBannerLine(line) ||
    readListMarker(line) !== null
  )
    return false;
  // A title may share its line with a bare "Grade 31" cell, never begin with a label.
  const fields = readFields(line);
  return fields.length === 0 || (fields[0]?.labelSpan.start ?? 0) > line.content.start;
}

export function lineTitle(line: Line): FoundTitle & { lineIndex: number } {
  const firstCell = line.text.split(/\t| {3,}/)[0] ?? line.text;
  const inner = firstCell.replace(/^(\*\*|__|#+\s*)|(\*\*|__)$/g, '');
  let value = inner.trim();
  if (value.length > MAX_TITLE_LENGTH) {
    const cut = value.lastIndexOf(' ', MAX_TITLE_LENGTH);
    value = value.slice(0, cut > 20 ? cut : MAX_TITLE_LENGTH).trimEnd();
  }
  const start = line.content.start + line.text.indexOf(value);
  return { value, span: { start, end: start + value.length }, lineIndex: line.index };
}

/**
 * The class title: a "Job Title:" field, else a leading "# Title", else the first heading that
 * names a document kind after the title, else the first letterhead line that could be a title.
 * `lineIndex` is the heading line the title was read from, which is then not a section.
 */
export function readTitle(
  labelled: Readonly<{ value: string; span: Span }> | null,
  lines: readonly Line[],
  letterhead: readonly Line[],
  headings: readonly HeadingLine[],
): FoundTitle | null {
  const first = headings[0];
  const markdownTitle = markupTitle(headings);
  const suffixed = markdownTitle ? null : suffixedTitle(first);
  if (labelled) return { ...labelled, lineIndex: markdownTitle?.lineIndex ?? suffixed?.lineIndex ?? null };
  if (markdownTitle)
    return { value: markdownTitle.heading, span: markdownTitle.span, lineIndex: markdownTitle.lineIndex };
  if (suffixed) return suffixed;
  const federal = federalTitle(lines);
  if (federal) return federal;
  const candidate = letterhead.find((line) => isTitleCandidate(line) && countWords(line.text) <= 14);
  // With no heading at all there is no letterhead to go by: the first plausible line is a guess.
  if (candidate) return headings.length === 0 ? { ...lineTitle(candidate), isGuess: true } : lineTitle(candidate);
  if (first?.kind === 'other') return { value: first.heading, span: first.span, lineIndex: first.lineIndex };
  if (headings.length > 0) return null;
  const fallback = lines.find((line) => !line.isBlank && isTitleCandidate(line));
  return fallback ? { ...lineTitle(fallback), isGuess: true } : null;
}

// Lines above the first section: a leading markdown "# Title" is the title, so the employer may print below it.
export function letterheadOf(lines: readonly Line[], headings: readonly HeadingLine[]): readonly Line[] {
  const title = markupTitle(headings);
  const endHeading = title ? headings[headings.indexOf(title) + 1] : headings[0];
  return lines.slice(0, endHeading?.lineIndex ?? Math.min(lines.length, 40));
}
