import type { Block } from './blocks';
import type { Line } from './lines';
import { collapseSpace } from './lines';
import { countWords } from './lineShape';
import { minimumExperience } from './experiencePaths';
import { splitSentences } from '../text';
import {
  EDUCATION_ORDER,
  type EducationLevel,
  type Located,
  type Qualifications,
  type SectionKind,
  type Span,
} from '../model';

const QUALIFICATION_KINDS: ReadonlySet<SectionKind> = new Set([
  'qualifications',
  'education',
  'experience',
  'knowledge',
  'specifications',
  'substitutions',
  'licenses',
]);

const EDUCATION_PATTERNS: readonly (readonly [EducationLevel, RegExp])[] = [
  [
    'high_school',
    /\bhigh school\b|\bg\.?\s?e\.?\s?d\b|\bsecondary school\b|\bgrade (12|twelve)\b|\bhigh school equivalen/i,
  ],
  [
    'associate',
    /\bassociate[’']?s?\s+(of\s+\w+\s+)?degree\b|\bassociate of (arts|science|applied)\b|\b(two|2)[- ]year (college )?degree\b/i,
  ],
  [
    'bachelor',
    /\bbachelor[’']?s?\b|\bbaccalaureate\b|\b(four|4)[- ]year (college|university|degree)\b|\bcollege degree\b|\buniversity degree\b/i,
  ],
  [
    'master',
    /\bmaster[’']?s?\s+(of\s+\w+\s+|in\s+|level\s+)?degree\b|\bmaster of\b|\bm\.?b\.?a\b|\bmpa\b|\bgraduate degree\b/i,
  ],
  ['doctorate', /\bdoctora(te|l)\b|\bph\.?\s?d\b|\bjuris doctor\b|\bj\.d\./i],
];
const NO_EDUCATION = /\bno (formal )?education(al)? (requirement|is required|required)\b/i;

const SUBSTITUTION = /\bsubstitut|\bin lieu of\b/i;
const PREFERENCE = /\bprefer|\bdesirable\b|\bideal(ly)?\b/i;
const LICENSE = /\blicen[cs]e|\bcertificat(e|ion)\b|\bregistration\b|\bregistered\b/i;
const LEADING_LABEL = /^(?:\*\*)?[A-Z][A-Za-z ;,&/'’()-]{1,60}?(?:\*\*)?:(?:\*\*)?\s+/;

type Sentence = Readonly<{ span: Span; value: string; kind: SectionKind }>;

function collectSentences(
  text: string,
  lines: readonly Line[],
  blocks: readonly Block[],
  labelled: readonly Block[],
): Sentence[] {
  const seen = new Set<number>();
  const sentences: Sentence[] = [];
  const labelledKindOfLine = kindsByLine(lines.length, labelled);
  const sources = [...labelled, ...blocks].filter(
    (block) => QUALIFICATION_KINDS.has(block.kind) && !isPreferredBlock(lines, block),
  );
  for (const block of sources) {
    const end = lines[block.endLine]?.start ?? text.length;
    for (const span of splitSentences(text, { start: block.start, end })) {
      // A labelled paragraph and its enclosing section yield the same sentence ends; the labelled one comes first.
      if (seen.has(span.end)) continue;
      seen.add(span.end);
      const kind = labelledKindOfLine[lineIndexAt(lines, span.start)] ?? block.kind;
      sentences.push({ span, value: collapseSpace(text.slice(span.start, span.end)), kind });
    }
  }
  return sentences.sort((a, b) => a.span.start - b.span.start);
}

// "Preferred Qualifications", "Desirable": what helps, not the minimum.
const PREFERRED_HEADING = /\bprefer|\bdesir|\bnice to have\b|\bbonus\b|\bwould be (even )?better\b/i;

function isPreferredBlock(lines: readonly Line[], block: Block): boolean {
  const heading = block.isLabelled
    ? lines[block.firstLine]?.text.slice(0, Math.max(0, block.start - (lines[block.firstLine]?.start ?? 0)))
    : lines[block.firstLine - 1]?.text;
  return heading !== undefined && PREFERRED_HEADING.test(heading);
}

function kindsByLine(lineCount: number, labelled: readonly Block[]): (SectionKind | undefined)[] {
  const kinds = new Array<SectionKind | undefined>(lineCount);
  for (const block of labelled) kinds.fill(block.kind, block.firstLine, block.endLine);
  return kinds;
}

function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lines[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

// The sentence without its "… preferred" / "… desirable" clauses: those are not minimums.
function requiredPart(value: string): string {
  if (!PREFERENCE.test(value)) return value;
  return value
    .split(';')
    .filter((clause) => !PREFERENCE.test(clause))
    .join(';');
}

// A sentence only about substituting ("Equivalent education may substitute for …"); one that also states a requirement stays.
function isWhollySubstitution(sentence: Sentence): boolean {
  return sentence.kind === 'substitutions' || (SUBSTITUTION.test(sentence.value) && !/[:;]/.test(sentence.value));
}

function isSubstitution(sentence: Sentence): boolean {
  return sentence.kind === 'substitutions' || SUBSTITUTION.test(sentence.value);
}

function lowestEducation(value: string): EducationLevel | null {
  if (NO_EDUCATION.test(value)) return 'none';
  const levels = EDUCATION_PATTERNS.filter(([, pattern]) => pattern.test(value)).map(([level]) => level);
  if (levels.length === 0) return null;
  return EDUCATION_ORDER.find((level) => levels.includes(level)) ?? null;
}

function located(sentence: Sentence): Located<string> {
  const label = LEADING_LABEL.exec(sentence.value);
  return { value: label ? sentence.value.slice(label[0].length) : sentence.value, span: sentence.span };
}

// Minimum education and years of experience, substitutions and licenses, read from the qualification sections.
export function readQualifications(
  text: string,
  lines: readonly Line[],
  blocks: readonly Block[],
  labelled: readonly Block[],
): Qualifications {
  const sentences = collectSentences(text, lines, blocks, labelled);
  const requirements = sentences
    .filter((sentence) => !isSubstitution(sentence))
    .map((sentence) => ({ ...sentence, value: requiredPart(sentence.value) }))
    .filter((sentence) => sentence.value.length > 0);
  let education: EducationLevel | null = null;
  let educationSpan: Span | undefined;
  let experienceYears: number | null = null;
  let experienceSpan: Span | undefined;
  for (const sentence of requirements) {
    if (education === null) {
      education = lowestEducation(sentence.value);
      if (education !== null) educationSpan = sentence.span;
    }
  }
  const experience = minimumExperience(
    sentences
      .filter((sentence) => !isWhollySubstitution(sentence))
      .map((sentence) => ({ value: requiredPart(sentence.value), span: sentence.span })),
  );
  if (experience !== null) {
    experienceYears = experience.years;
    experienceSpan = experience.span;
  }
  const substitutions = sentences.filter(isSubstitution).map(located);
  const licenses = sentences
    .filter(
      (sentence) =>
        !isSubstitution(sentence) &&
        (LICENSE.test(sentence.value) || (sentence.kind === 'licenses' && countWords(sentence.value) >= 4)),
    )
    .map(located);
  return {
    education,
    ...(educationSpan ? { educationSpan } : {}),
    experienceYears,
    ...(experienceSpan ? { experienceSpan } : {}),
    substitutions,
    licenses,
  };
}
