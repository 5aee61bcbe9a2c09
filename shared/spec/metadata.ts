import type { HeadingLine } from './headings';
import type { Line } from './lines';
import { collapseSpace } from './lines';
import type { Field } from './lineShape';
import { countWords, isBannerLine, isPageFurniture, normalizedText, readFields, readListMarker } from './lineShape';
import { isJurisdictionNormalized } from './headingVocabulary';
import {
  ADOPTED_LABEL, CODE_LABEL, EFFECTIVE_LABEL, FLSA_LABEL, GRADE_LABEL, JURISDICTION_LABEL, REVISED_LABEL, TITLE_LABEL, readStackedField,
} from './metadataLabels';
import type { ClassSpec, MetadataField, Span } from '../model';

export type Metadata = Pick<
  ClassSpec,
  'title' | 'code' | 'grade' | 'salaryRange' | 'jurisdiction' | 'flsa' | 'effectiveDate' | 'revisedDate' | 'spans'
> & { readonly titleLineIndex: number | null };

type Found = Readonly<{ value: string; span: Span }>;
type LineFields = Readonly<{ line: Line; fields: readonly Field[] }>;

const CODE_LINE = /^(?:job|class)\s+(?:code|number|no\.?)\s+([A-Za-z]{0,4}\d[\w.-]*)/i;
const CODE_VALUE = /^[A-Za-z]{0,4}[-\s]?\d[\w.-]*/;
const CODE_CHANGE = /\bfrom\s+#?([A-Za-z]{0,4}\d[\w.-]*?)\s+to\s+#?([A-Za-z]{0,4}\d[\w.-]*?)[.,;]?(?=\s|$)/gi;
const CODE_CHANGE_CUE = /\bchang|\brenumber|\bconvert|\breplac/i;
const CODE_CHANGE_SUBJECT = /\b(class|job|code|number)\b/i;
const GRADE_VALUE = /^(?:[A-Z]{1,3}[- ]?)?\d+[A-Z]?(?:[-/]\d+)*/;
// Federal pay plan, occupational series and grade printed as one token: "GS-0343-12" (or "GS-0343-11/12").
const FEDERAL_GRADE = /^([A-Z]{2})-(\d{4})-(\d{1,2}(?:\/\d{1,2})?)$/;
const SALARY_LABEL = /\bsalary\b|\bpay (range|rate)\b|\bhiring range\b|\bcompensation\b|\bwages?\b|\brate of pay\b/;
const MONEY_RANGE = /\$\s?\d[\d,]*(?:\.\d{1,2})?\s*(?:-|–|—|to)\s*\$?\s?\d[\d,]*(?:\.\d{1,2})?(?:\s*(?:(?:per|\/|an?)\s*(?:year|annum|hour|month|week|hr|yr)|hourly|annually|monthly|weekly|bi-?weekly|yearly)\b)?/i;
const MONEY = /\$\s?\d[\d,]*(?:\.\d{1,2})?(?:\s*(?:(?:per|\/|an?)\s*(?:year|annum|hour|month|week|hr|yr)|hourly|annually|monthly|weekly|bi-?weekly|yearly)\b)?/i;
const FLSA_VALUE = /\bnon[-\s]?exempt\b|\bexempt\b/i;
const DATE_VALUE = /^[^(;]*\d[^(;]*/;

function firstField(all: readonly LineFields[], label: RegExp, value: RegExp): Found | null {
  for (const { fields } of all) {
    for (const field of fields) {
      if (!label.test(field.normalizedLabel)) continue;
      const found = matchIn(field.value, field.valueSpan.start, value);
      if (found) return found;
    }
  }
  return null;
}

function lastField(all: readonly LineFields[], label: RegExp, value: RegExp): Found | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const fields = all[i]?.fields ?? [];
    for (let j = fields.length - 1; j >= 0; j--) {
      const field = fields[j];
      if (field === undefined || !label.test(field.normalizedLabel)) continue;
      const found = matchIn(field.value, field.valueSpan.start, value);
      if (found) return found;
    }
  }
  return null;
}

function matchIn(value: string, offset: number, pattern: RegExp): Found | null {
  const match = pattern.exec(value);
  if (!match) return null;
  const trimmed = match[0].trim();
  if (trimmed.length === 0) return null;
  const start = offset + match.index + match[0].indexOf(trimmed);
  return { value: trimmed, span: { start, end: start + trimmed.length } };
}

function readCode(text: string, all: readonly LineFields[]): Found | null {
  let changed: Found | null = null;
  CODE_CHANGE.lastIndex = 0;
  for (let change = CODE_CHANGE.exec(text); change; change = CODE_CHANGE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', change.index) + 1;
    const lineEnd = text.indexOf('\n', change.index);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (change[2] === undefined || !CODE_CHANGE_CUE.test(lineText) || !CODE_CHANGE_SUBJECT.test(lineText)) continue;
    const start = change.index + change[0].lastIndexOf(change[2]);
    changed = { value: change[2], span: { start, end: start + change[2].length } };
  }
  if (changed) return changed;
  const labelled = firstField(all, CODE_LABEL, CODE_VALUE);
  if (labelled) return labelled;
  for (const { line } of all) {
    const match = CODE_LINE.exec(line.text);
    if (match?.[1] !== undefined) {
      const start = line.content.start + match[0].lastIndexOf(match[1]);
      return { value: match[1], span: { start, end: start + match[1].length } };
    }
  }
  return null;
}

function readTitle(all: readonly LineFields[], letterhead: readonly Line[], headings: readonly HeadingLine[]): Found & { lineIndex: number | null } | null {
  const first = headings[0];
  // A leading markdown "# Title" is the document's title, even when a "Job Title:" line repeats it.
  const markdownTitle = first?.rank === 1 && first.kind === 'other' ? first : null;
  const labelled = firstField(all, TITLE_LABEL, /\p{L}.*/u);
  if (labelled) return { ...labelled, lineIndex: markdownTitle?.lineIndex ?? null };
  if (markdownTitle) return { value: markdownTitle.heading, span: markdownTitle.span, lineIndex: markdownTitle.lineIndex };
  const candidate = letterhead.find((line) => isTitleCandidate(line) && countWords(line.text) <= 14);
  if (candidate) return lineTitle(candidate);
  if (first?.kind === 'other') return { value: first.heading, span: first.span, lineIndex: first.lineIndex };
  if (headings.length > 0) return null;
  const fallback = all.find(({ line }) => isTitleCandidate(line));
  return fallback ? lineTitle(fallback.line) : null;
}

function isTitleCandidate(line: Line): boolean {
  if (line.isBlank || !/\p{L}{2}/u.test(line.text) || isPageFurniture(line) || isBannerLine(line) || readListMarker(line) !== null) return false;
  // A title may share its line with a bare "Grade 31" cell, never begin with a label.
  const fields = readFields(line);
  return fields.length === 0 || (fields[0]?.labelSpan.start ?? 0) > line.content.start;
}

const MAX_TITLE_LENGTH = 120;

function lineTitle(line: Line): Found & { lineIndex: number } {
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

function readFlsa(text: string, all: readonly LineFields[]): Found | null {
  const labelled = firstField(all, FLSA_LABEL, FLSA_VALUE);
  if (labelled) return labelled;
  const at = text.search(/\bFLSA\b/);
  return at === -1 ? null : matchIn(text.slice(at, at + 60), at, FLSA_VALUE);
}

function readSalary(all: readonly LineFields[]): Found | null {
  const labelled = firstField(all, SALARY_LABEL, MONEY_RANGE) ?? firstField(all, SALARY_LABEL, MONEY);
  if (labelled) return labelled;
  for (const { line } of all) {
    const found = line.text.includes('$') ? matchIn(line.text, line.content.start, MONEY_RANGE) : null;
    if (found) return found;
  }
  return null;
}

function readJurisdiction(all: readonly LineFields[], letterhead: readonly Line[]): Found | null {
  const labelled = firstField(all, JURISDICTION_LABEL, /\p{L}.*/u);
  if (labelled) return labelled;
  const banners = letterhead.filter((line) => !line.isBlank && isJurisdictionNormalized(normalizedText(line), line.text));
  const first = banners[0];
  if (first === undefined) return null;
  // "CITY OF RIVERTON" rather than "City of Riverton Class Specification" when both are printed.
  const firstName = normalizedText(first);
  const shorter = banners.find((line) => line.text.length < first.text.length && firstName.startsWith(normalizedText(line)));
  return lineTitle(shorter ?? first);
}

// Lines above the first section: a leading markdown "# Title" is the title, so the employer may print below it.
function letterheadOf(lines: readonly Line[], headings: readonly HeadingLine[]): readonly Line[] {
  const first = headings[0];
  const isMarkdownTitle = first !== undefined && first.rank === 1 && first.kind === 'other';
  const endHeading = isMarkdownTitle ? headings[1] : first;
  return lines.slice(0, endHeading?.lineIndex ?? Math.min(lines.length, 40));
}

// Title, code, grade, pay, employer, FLSA status and dates, each with the span it was read from.
export function readMetadata(text: string, lines: readonly Line[], headings: readonly HeadingLine[]): Metadata {
  const all: LineFields[] = lines
    .filter((line) => !line.isBlank)
    .map((line) => {
      const fields = readFields(line);
      const stacked = fields.length === 0 ? readStackedField(lines, line) : null;
      return { line, fields: stacked ? [stacked] : fields };
    });
  const letterhead = lines.slice(0, headings[0]?.lineIndex ?? Math.min(lines.length, 40));
  const found: Partial<Record<MetadataField, Found | null>> = {
    title: readTitle(all, letterhead, headings),
    code: readCode(text, all),
    grade: firstField(all, GRADE_LABEL, GRADE_VALUE),
    salaryRange: readSalary(all),
    jurisdiction: readJurisdiction(all, letterheadOf(lines, headings)),
    flsa: readFlsa(text, all),
    effectiveDate: firstField(all, EFFECTIVE_LABEL, DATE_VALUE) ?? firstField(all, ADOPTED_LABEL, DATE_VALUE),
    revisedDate: lastField(all, REVISED_LABEL, DATE_VALUE),
  };
  const federal = found.grade ? FEDERAL_GRADE.exec(found.grade.value) : null;
  if (federal?.[1] && federal[2] && federal[3] && found.grade) {
    // The series is the occupation's code, the grade what analysts call it ("GS-12").
    const seriesStart = found.grade.span.start + federal[1].length + 1;
    found.code ??= { value: federal[2], span: { start: seriesStart, end: seriesStart + federal[2].length } };
    found.grade = { value: `${federal[1]}-${federal[3]}`, span: found.grade.span };
  }
  const spans: Partial<Record<MetadataField, Span>> = {};
  for (const [field, value] of Object.entries(found) as [MetadataField, Found | null][]) {
    if (value) spans[field] = value.span;
  }
  const flsa = found.flsa?.value.toLowerCase();
  const title = found.title ? collapseSpace(found.title.value) : null;
  return {
    title,
    code: found.code?.value ?? null,
    grade: found.grade?.value ?? null,
    salaryRange: found.salaryRange?.value ?? null,
    jurisdiction: found.jurisdiction?.value ?? null,
    flsa: flsa === undefined ? null : flsa === 'exempt' ? 'exempt' : 'non-exempt',
    effectiveDate: found.effectiveDate?.value ?? null,
    revisedDate: found.revisedDate?.value ?? null,
    spans,
    titleLineIndex: (found.title as { lineIndex?: number | null } | null | undefined)?.lineIndex ?? null,
  };
}
