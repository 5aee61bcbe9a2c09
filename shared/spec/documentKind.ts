import type { Line } from './lines';
import { hasMoreWords, isAllCaps, readFields, readListMarker } from './lineShape';
import { isTitleCase } from '../text';
import type { SectionBody } from './sections';
import type { DocumentKind, SpecWarning } from '../model';

export type DocumentReading = Readonly<{
  kind: 'class' | Exclude<DocumentKind, 'class' | 'unknown'>;
  warning?: SpecWarning;
}>;

const CLOSING_CUE =
  /\b(closing date|closes|close date|deadline|apply by|open until|filing period|final filing date)\b/i;
const MONEY_RANGE = /\$\s?\d[\d,]*(?:\.\d{1,2})?\s*(?:-|–|—|to)\s*\$?\s?\d/g;
const LEVEL_MARK = /^(?:level|grade)\s+([IVX]{1,4}|\d{1,2})\b|\s([IVX]{1,4})\s*:?$/;
const OUTLINE_WORD = /^(part|section|article|appendix|schedule|chapter|title|phase|step)\b/i;
const TITLE_LABEL = /^((class|job|position|classification) )?title$/;
const CODE_LABEL = /^(class|job|classification) (code|number|no)$/;

// Distinct titles and codes given by "Class Title:" / "Class Code:" labels: more than one means several classes.
function distinctLabelValues(lines: readonly Line[]): { titles: Set<string>; codes: Set<string> } {
  const titles = new Set<string>();
  const codes = new Set<string>();
  for (const line of lines) {
    for (const field of readFields(line)) {
      if (field.value.length === 0) continue;
      if (TITLE_LABEL.test(field.normalizedLabel)) titles.add(field.value.toLowerCase());
      else if (CODE_LABEL.test(field.normalizedLabel)) codes.add(field.value.toLowerCase());
    }
  }
  return { titles, codes };
}

// Cheap filter: a level marker line starts with Level/Grade or ends in a roman numeral, a digit or a colon.
function mayMarkLevel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last === 73 || last === 86 || last === 88 || last === 58 || (last >= 48 && last <= 57)) return true;
  const first = text.charCodeAt(0) | 32;
  return (first === 108 || first === 103) && /^(level|grade)\s/i.test(text);
}

// Job lists print "Closing Date: March 14" or "Open until filled" as labelled values.
function countClosingCues(lines: readonly Line[]): number {
  let count = 0;
  for (const line of lines) {
    if (readFields(line).some((field) => CLOSING_CUE.test(field.label) || CLOSING_CUE.test(field.value))) count++;
  }
  return count;
}

function levelMarkers(
  lines: readonly Line[],
  bodies: readonly SectionBody[],
  titleLineIndex: number | null,
): Map<string, string> {
  const isFamilyLine = new Uint8Array(lines.length);
  for (const { section, firstLine, endLine } of bodies)
    if (section.kind === 'job_family') isFamilyLine.fill(1, firstLine, endLine);
  const markers = new Map<string, string>();
  for (const line of lines) {
    const { text } = line;
    const match = mayMarkLevel(text) ? LEVEL_MARK.exec(text) : null;
    if (
      match === null ||
      line.isBlank ||
      line.index === titleLineIndex ||
      hasMoreWords(text, 8) ||
      (text.includes(':') && !text.endsWith(':'))
    )
      continue;
    if (isFamilyLine[line.index] === 1) continue;
    if (readListMarker(line) !== null || !(isAllCaps(text) || isTitleCase(text))) continue;
    if (OUTLINE_WORD.test(text)) continue;
    const level = match[1] ?? match[2];
    if (level !== undefined && !markers.has(level)) markers.set(level, text.replace(/:$/, ''));
  }
  return markers;
}

// One class, a series spec covering several classes, or a list of job openings.
export function readDocumentKind(
  text: string,
  lines: readonly Line[],
  bodies: readonly SectionBody[],
  titleLineIndex: number | null,
): DocumentReading {
  const closingCues = countClosingCues(lines);
  const salaryRanges = text.includes('$') ? (text.match(MONEY_RANGE)?.length ?? 0) : 0;
  // A pay-step table prints many ranges too, so ranges alone count only where no duties are listed.
  const hasDuties = bodies.some(({ section }) => section.kind === 'duties' || section.kind === 'other_duties');
  if (closingCues >= 3 || (closingCues >= 2 && salaryRanges >= 2) || (salaryRanges >= 4 && !hasDuties)) {
    return {
      kind: 'job_list',
      warning: {
        code: 'job-list',
        message: `This looks like a list of job openings (${closingCues} closing dates, ${salaryRanges} salary ranges), not one class specification; duties and qualifications were not read. Import each class's own specification instead.`,
      },
    };
  }
  const { titles, codes } = distinctLabelValues(lines);
  const levels = levelMarkers(lines, bodies, titleLineIndex);
  const classCount = Math.max(titles.size, codes.size, levels.size);
  if (classCount >= 2) {
    const names = levels.size >= 2 ? [...levels.values()] : [...titles];
    return {
      kind: 'series',
      warning: {
        code: 'multiple-classes',
        message: `This document describes ${classCount} classes (${names.join(', ')}); it was read as one series record without duties. Split it into one file per class to compare the levels.`,
      },
    };
  }
  return { kind: 'class' };
}
