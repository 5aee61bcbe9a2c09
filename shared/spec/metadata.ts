import type { HeadingLine } from './headings';
import type { Line } from './lines';
import { collapseSpace } from './lines';
import { normalizedText, readFields, readListMarker } from './lineShape';
import { isJurisdictionNormalized, normalizeHeading } from './headingVocabulary';
import { letterheadOf, lineTitle, readTitle } from './title';
import { firstField, lastField, matchIn, type Found, type LineFields } from './fieldValues';
import { readPayPlan, readSalary } from './pay';
import {
  ADOPTED_LABEL,
  CODE_LABEL,
  EFFECTIVE_LABEL,
  FLSA_LABEL,
  GRADE_LABEL,
  JURISDICTION_LABEL,
  REVISED_LABEL,
  TITLE_LABEL,
  readStackedFields,
} from './metadataLabels';
import type { ClassSpec, MetadataField, Span, SpecWarning } from '../model';

export type Metadata = Pick<
  ClassSpec,
  | 'title'
  | 'code'
  | 'grade'
  | 'payPlan'
  | 'salaryRange'
  | 'jurisdiction'
  | 'flsa'
  | 'effectiveDate'
  | 'revisedDate'
  | 'spans'
> & { readonly titleLineIndex: number | null; readonly guesses: readonly SpecWarning[] };

const CODE_LINE = /^(?:job\s+code|class\s+(?:code|number|no\.?))\s+([A-Za-z]{0,4}\d[\w.-]*)/i;
const CODE_VALUE = /^[A-Za-z]{0,4}[-\s]?\d[\w.-]*/;
const CODE_CHANGE = /\bfrom\s+#?([A-Za-z]{0,4}\d[\w.-]*?)\s+to\s+#?([A-Za-z]{0,4}\d[\w.-]*?)[.,;]?(?=\s|$)/gi;
const CODE_CHANGE_CUE = /\bchang|\brenumber|\bconvert|\breplac/i;
const CODE_CHANGE_SUBJECT = /\b(class|job|code|number)\b/i;
// "18", "GS-12", "NC09", or a grade named by letters alone ("SEO", "G7", "A") when that is the whole value.
// "Grade 81", "Band 5": the value may repeat the word of its label.
const GRADE_VALUE =
  /^(?:[A-Z]{1,3}[- ]?)?\d+[A-Z]?(?:[-/]\d+)*|^(?:Grade|GRADE|Band|BAND|Level|LEVEL|Range|RANGE)\s+[A-Z]{0,2}\d+[A-Z]?\b|^[A-Z][A-Z0-9+-]{0,7}$/;
// Federal pay plan, occupational series and grade printed as one token: "GS-0343-12" (or "GS-0343-11/12").
const FEDERAL_GRADE = /^([A-Z]{2})-(\d{4})-(\d{1,2}(?:\/\d{1,2})?)$/;
// A posting's prose: "This role is classified as a CS-05", "classified at the IT-04 level".
const CLASSIFIED_AS = /\bclassified (?:as|at)(?: the| an?)?\s+([A-Z]{1,3}-\d{1,2})\b/;
const FLSA_VALUE = /\bnon[-\s]?exempt\b|\bexempt\b/i;
const DATE_VALUE = /^[^(;]*\d[^(;]*/;

function readCode(
  text: string,
  all: readonly LineFields[],
  lines: readonly Line[],
  headings: readonly HeadingLine[],
): Found | null {
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
  return codeUnderHeading(lines, headings);
}

// "## UW Code and Representative Group" then "- 17726 (NE S SEIU 925 Non Supv)": the first code listed under a code heading.
const CODE_HEADING = /\b(class|job|position)? ?codes?\b/;
const LISTED_CODE = /^([A-Za-z]{0,4}-?\d[\w.-]*)(?=\s|$|[,;(])/;

function codeUnderHeading(lines: readonly Line[], headings: readonly HeadingLine[]): Found | null {
  for (const heading of headings) {
    if (!CODE_HEADING.test(normalizeHeading(heading.heading)) || heading.bodyStart !== undefined) continue;
    const line = lines.slice(heading.lineIndex + 1, heading.lineIndex + 4).find((candidate) => !candidate.isBlank);
    if (line === undefined) continue;
    const textStart = readListMarker(line)?.textStart ?? line.content.start;
    const match = LISTED_CODE.exec(line.text.slice(textStart - line.content.start));
    if (match?.[1] !== undefined)
      return { value: match[1], span: { start: textStart, end: textStart + match[1].length } };
  }
  return null;
}

// "Role Title: Scientist II - 59132": a state posting names the class it fills by title and number.
const ROLE_TITLE_LABEL = /^(role|class|classification|job class) title$/;
const NUMBER_AFTER_TITLE = /\p{L}.*?\s[-–]\s(\d{4,6})$/u;

function codeBesideRoleTitle(all: readonly LineFields[]): Found | null {
  for (const { fields } of all) {
    for (const field of fields) {
      const match = ROLE_TITLE_LABEL.test(field.normalizedLabel) ? NUMBER_AFTER_TITLE.exec(field.value) : null;
      if (match?.[1] === undefined) continue;
      const start = field.valueSpan.start + field.value.length - match[1].length;
      return { value: match[1], span: { start, end: start + match[1].length } };
    }
  }
  return null;
}

// "A Digital Service Expert is a GS-0301-15": pay plan and grade of a federal position named in prose.
const FEDERAL_TOKEN = /\b([A-Z]{2})-(\d{4})-(\d{1,2})\b/;

function federalGradeInText(text: string): Found | null {
  const match = FEDERAL_TOKEN.exec(text);
  if (match?.[1] === undefined || match[3] === undefined) return null;
  return { value: `${match[1]}-${match[3]}`, span: { start: match.index, end: match.index + match[0].length } };
}

// "G7", "AS-02", "Band 5" printed alone (or in bold) under the title, before the first section: the grade with no label.
const LONE_GRADE =
  /^(?:\*\*|__)?((?:[A-Z]{1,3}-?\d{1,2}[A-Z]?)|(?:Grade|GRADE|Band|BAND|Level|LEVEL)\s+[A-Z]?\d{1,2}[A-Z]?)(?:\*\*|__)?$/;
const LONE_GRADE_LINES = 3;

function gradeUnderTitle(
  lines: readonly Line[],
  titleLine: number | null,
  headings: readonly HeadingLine[],
): Found | null {
  if (titleLine === null) return null;
  const end =
    headings.find((heading) => heading.lineIndex > titleLine && heading.kind !== 'other')?.lineIndex ?? lines.length;
  let seen = 0;
  for (let i = titleLine + 1; i < end && seen < LONE_GRADE_LINES; i++) {
    const line = lines[i];
    if (line === undefined || line.isBlank) continue;
    seen += 1;
    const match = LONE_GRADE.exec(line.text);
    if (match?.[1] !== undefined) {
      const start = line.content.start + line.text.indexOf(match[1]);
      return { value: match[1], span: { start, end: start + match[1].length } };
    }
  }
  return null;
}

function classifiedAs(text: string): Found | null {
  const match = text.includes('classified') ? CLASSIFIED_AS.exec(text) : null;
  if (match?.[1] === undefined) return null;
  const start = match.index + match[0].length - match[1].length;
  return { value: match[1], span: { start, end: start + match[1].length } };
}

function readFlsa(text: string, all: readonly LineFields[]): Found | null {
  const labelled = firstField(all, FLSA_LABEL, FLSA_VALUE);
  if (labelled) return labelled;
  const at = text.search(/\bFLSA\b/);
  return at === -1 ? null : matchIn(text.slice(at, at + 60), at, FLSA_VALUE);
}

function readJurisdiction(all: readonly LineFields[], letterhead: readonly Line[]): Found | null {
  const labelled = firstField(all, JURISDICTION_LABEL, /\p{L}.*/u);
  if (labelled) return labelled;
  const banners = letterhead.filter(
    (line) => !line.isBlank && isJurisdictionNormalized(normalizedText(line), line.text),
  );
  const first = banners[0];
  if (first === undefined) return null;
  // "CITY OF RIVERTON" rather than "City of Riverton Class Specification" when both are printed.
  const firstName = normalizedText(first);
  const shorter = banners.find(
    (line) => line.text.length < first.text.length && firstName.startsWith(normalizedText(line)),
  );
  return lineTitle(shorter ?? first);
}

// Title, code, grade, pay, employer, FLSA status and dates, each with the span it was read from.
export function readMetadata(text: string, lines: readonly Line[], headings: readonly HeadingLine[]): Metadata {
  const all: LineFields[] = lines
    .filter((line) => !line.isBlank)
    .map((line) => {
      const fields = readFields(line);
      return { line, fields: fields.length === 0 ? readStackedFields(lines, line) : fields };
    });
  const letterhead = lines.slice(0, headings[0]?.lineIndex ?? Math.min(lines.length, 40));
  const foundTitle = readTitle(firstField(all, TITLE_LABEL, /\p{L}.*/u), lines, letterhead, headings);
  const labelledGrade = firstField(all, GRADE_LABEL, GRADE_VALUE);
  const proseGrade = labelledGrade ? null : (classifiedAs(text) ?? federalGradeInText(text));
  const loneGrade =
    labelledGrade || proseGrade ? null : gradeUnderTitle(lines, foundTitle?.lineIndex ?? null, headings);
  const guesses: SpecWarning[] = [];
  const printedCode = readCode(text, all, lines, headings);
  const titledCode = printedCode === null ? codeBesideRoleTitle(all) : null;
  if (titledCode)
    guesses.push({
      code: 'code-from-title',
      message: `The class code ${titledCode.value} was read from the number printed after a role title, not from a code label: check it.`,
      span: titledCode.span,
    });
  if (proseGrade)
    guesses.push({
      code: 'grade-from-prose',
      message: `The grade ${proseGrade.value} was read from a sentence, not from a labelled field: check it.`,
      span: proseGrade.span,
    });
  if (loneGrade)
    guesses.push({
      code: 'grade-unlabelled',
      message: `The grade ${loneGrade.value} was read from a line of its own under the title, with no label: check it.`,
      span: loneGrade.span,
    });
  if (foundTitle?.isGuess)
    guesses.push({
      code: 'title-guessed',
      message: 'No title label or heading was found; the title is the first line that could be one: check it.',
      span: foundTitle.span,
    });
  const found: Partial<Record<MetadataField, Found | null>> = {
    title: foundTitle,
    code: printedCode ?? titledCode,
    grade: labelledGrade ?? proseGrade ?? loneGrade,
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
  found.payPlan = readPayPlan(all, found.grade ?? null);
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
    payPlan: found.payPlan?.value ?? null,
    salaryRange: found.salaryRange?.value ?? null,
    jurisdiction: found.jurisdiction?.value ?? null,
    flsa: flsa === undefined ? null : flsa === 'exempt' ? 'exempt' : 'non-exempt',
    effectiveDate: found.effectiveDate?.value ?? null,
    revisedDate: found.revisedDate?.value ?? null,
    spans,
    titleLineIndex: foundTitle?.lineIndex ?? null,
    guesses,
  };
}
