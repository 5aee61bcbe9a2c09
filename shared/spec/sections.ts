import type { HeadingLine } from './headings';
import type { Line } from './lines';
import { trimSpan } from './lines';
import { hasMoreWords, isPageFurniture, normalizedText, readListMarker } from './lineShape';
import { isMetadataLabel } from './metadataLabels';
import type { Section, SectionKind } from '../model';

// A section's own text: from its heading to the next heading of any level. `start` is the offset where
// the body begins, which is on the heading's line for an inline heading ("DUTIES: Performs ...").
export type SectionBody = Readonly<{ section: Section; firstLine: number; endLine: number; start: number }>;

export type SectionLayout = Readonly<{ sections: readonly Section[]; bodies: readonly SectionBody[] }>;

// Kinds that start a new top-level block whatever their typography ("Class History:" after a capitalized section).
const TOP_LEVEL_KINDS: ReadonlySet<SectionKind> = new Set([
  'summary',
  'distinguishing',
  'job_family',
  'class_history',
  'application',
  'salary',
  'benefits',
]);

function assignLevels(headings: readonly HeadingLine[]): number[] {
  const stack: number[] = [];
  return headings.map((heading) => {
    const rank =
      TOP_LEVEL_KINDS.has(heading.kind) && stack.length > 0
        ? Math.min(heading.rank, stack[0] ?? heading.rank)
        : heading.rank;
    while (stack.length > 0 && (stack[stack.length - 1] ?? 0) >= rank) stack.pop();
    stack.push(rank);
    return stack.length - 1;
  });
}

// Sections in document order; each spans its heading and body up to the next heading of the same or a higher level.
export function buildSections(text: string, lines: readonly Line[], headings: readonly HeadingLine[]): SectionLayout {
  const levels = assignLevels(headings);
  const sections: Section[] = [];
  const bodies: SectionBody[] = [];
  headings.forEach((heading, i) => {
    const level = levels[i] ?? 0;
    let closing = i + 1;
    while (closing < headings.length && (levels[closing] ?? 0) > level) closing++;
    const endOffset = contentEnd(lines, heading.lineIndex, headings[closing]?.lineIndex ?? lines.length, text.length);
    const headingLine = lines[heading.lineIndex];
    const bodyStart = heading.bodyStart ?? Math.max(heading.span.end, headingLine?.end ?? heading.span.end);
    const body = trimSpan(text, Math.min(bodyStart, endOffset), endOffset);
    const sectionEnd = body.end > body.start ? body.end : heading.span.end;
    const section: Section = {
      kind: heading.kind,
      heading: heading.heading,
      level,
      span: { start: heading.span.start, end: sectionEnd },
      headingSpan: heading.span,
      bodySpan: body.end > body.start ? body : { start: heading.span.end, end: heading.span.end },
    };
    sections.push(section);
    const firstLine = heading.bodyStart === undefined ? heading.lineIndex + 1 : heading.lineIndex;
    const start = heading.bodyStart ?? lines[firstLine]?.start ?? section.span.end;
    bodies.push({ section, firstLine, endLine: headings[i + 1]?.lineIndex ?? lines.length, start });
  });
  return { sections, bodies };
}

// Where a section's text ends: before the next heading, leaving out trailing blank lines and page furniture.
function contentEnd(lines: readonly Line[], headingLine: number, closingLine: number, textLength: number): number {
  for (let i = closingLine - 1; i > headingLine; i--) {
    const line = lines[i];
    if (line !== undefined && !line.isBlank && !isPageFurniture(line)) return line.end;
  }
  return lines[headingLine]?.end ?? textLength;
}

const MAX_VALUE_LINES = 3;
const MAX_VALUE_WORDS = 12;
const VALUE_KEPT_KINDS: ReadonlySet<SectionKind> = new Set(['duties', 'other_duties']);

// A nested heading over one short value ("### Salary" / "£53,730"): a field's label, as web postings print their details.
function isValueLabel(lines: readonly Line[], heading: HeadingLine, nextLine: number, level: number): boolean {
  if (heading.bodyStart !== undefined || VALUE_KEPT_KINDS.has(heading.kind)) return false;
  const values = valueLineCount(lines, heading.lineIndex + 1, nextLine);
  // "CLOSING DATE:" over a date, or over nothing at all: a form's label whatever its level.
  if (heading.kind === 'other' && heading.heading.endsWith(':') && values <= 1) return true;
  return level > 0 && values > 0 && values <= MAX_VALUE_LINES;
}

// Lines of a heading's body if they are all short values, else Infinity.
function valueLineCount(lines: readonly Line[], from: number, to: number): number {
  let values = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line === undefined || line.isBlank) continue;
    // The next form label ("FLSA:" under "Recruitment Tier:" / "Tier 1") ends this one's value.
    if (values > 0 && line.text.endsWith(':') && isMetadataLabel(normalizedText(line))) break;
    values += 1;
    if (readListMarker(line) !== null || hasMoreWords(line.text, MAX_VALUE_WORDS) || /[.!?:;]$/.test(line.text))
      return Number.POSITIVE_INFINITY;
  }
  return values;
}

/** The headings without the field labels among them: their values then belong to the enclosing section. */
export function withoutValueLabels(lines: readonly Line[], headings: readonly HeadingLine[]): HeadingLine[] {
  // Nesting by typography alone: "### Salary" under "## Details" is a detail, whatever its words.
  const stack: number[] = [];
  const levels = headings.map((heading) => {
    while (stack.length > 0 && (stack[stack.length - 1] ?? 0) >= heading.rank) stack.pop();
    stack.push(heading.rank);
    return stack.length - 1;
  });
  return headings.filter(
    (heading, i) => !isValueLabel(lines, heading, headings[i + 1]?.lineIndex ?? lines.length, levels[i] ?? 0),
  );
}
