import type { Block } from './blocks';
import type { Line } from './lines';
import { collapseSpace } from './lines';
import { countWords } from './lineShape';
import { splitSentences } from './sentences';
import type { EducationLevel, Located, Qualifications, SectionKind, Span } from '../model';

const QUALIFICATION_KINDS: ReadonlySet<SectionKind> = new Set([
  'qualifications', 'education', 'experience', 'knowledge', 'specifications', 'substitutions', 'licenses',
]);

const EDUCATION_PATTERNS: readonly (readonly [EducationLevel, RegExp])[] = [
  ['high_school', /\bhigh school\b|\bg\.?\s?e\.?\s?d\b|\bsecondary school\b|\bgrade (12|twelve)\b|\bhigh school equivalen/i],
  ['associate', /\bassociate[’']?s?\s+(of\s+\w+\s+)?degree\b|\bassociate of (arts|science|applied)\b|\b(two|2)[- ]year (college )?degree\b/i],
  ['bachelor', /\bbachelor[’']?s?\b|\bbaccalaureate\b|\b(four|4)[- ]year (college|university|degree)\b|\bcollege degree\b|\buniversity degree\b/i],
  ['master', /\bmaster[’']?s?\s+(of\s+\w+\s+|in\s+|level\s+)?degree\b|\bmaster of\b|\bm\.?b\.?a\b|\bmpa\b|\bgraduate degree\b/i],
  ['doctorate', /\bdoctora(te|l)\b|\bph\.?\s?d\b|\bjuris doctor\b|\bj\.d\./i],
];
const EDUCATION_ORDER: readonly EducationLevel[] = ['none', 'high_school', 'associate', 'bachelor', 'master', 'doctorate'];
const NO_EDUCATION = /\bno (formal )?education(al)? (requirement|is required|required)\b/i;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20,
};
const AMOUNT = '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty)';
const DURATION = new RegExp(
  `\\b${AMOUNT}(?:\\s*\\(\\d+\\))?(?:\\s*(?:to|-|–|or)\\s*(?:\\d+|[a-z]+)(?:\\s*\\(\\d+\\))?)?\\s*\\+?\\s*(?:or more\\s+)?(?:full[- ]time\\s+|additional\\s+|consecutive\\s+|calendar\\s+)?(years?|months?)\\b`,
  'i',
);
const NO_EXPERIENCE = /\bno (prior |previous |formal )?experience (is )?(required|necessary)\b/i;
const SUBSTITUTION = /\bsubstitut|\bin lieu of\b/i;
const PREFERENCE = /\bprefer|\bdesirable\b|\bideal(ly)?\b/i;
const LICENSE = /\blicen[cs]e|\bcertificat(e|ion)\b|\bregistration\b|\bregistered\b/i;
const LEADING_LABEL = /^(?:\*\*)?[A-Z][A-Za-z ;,&/'’()-]{1,60}?(?:\*\*)?:(?:\*\*)?\s+/;

type Sentence = Readonly<{ span: Span; value: string; kind: SectionKind }>;

function collectSentences(text: string, lines: readonly Line[], blocks: readonly Block[], labelled: readonly Block[]): Sentence[] {
  const seen = new Set<number>();
  const sentences: Sentence[] = [];
  const labelledKindOfLine = kindsByLine(lines.length, labelled);
  const sources = [...labelled, ...blocks].filter((block) => QUALIFICATION_KINDS.has(block.kind));
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

function isSubstitution(sentence: Sentence): boolean {
  return sentence.kind === 'substitutions' || SUBSTITUTION.test(sentence.value);
}

function lowestEducation(value: string): EducationLevel | null {
  if (NO_EDUCATION.test(value)) return 'none';
  const levels = EDUCATION_PATTERNS.filter(([, pattern]) => pattern.test(value)).map(([level]) => level);
  if (levels.length === 0) return null;
  return EDUCATION_ORDER.find((level) => levels.includes(level)) ?? null;
}

function yearsIn(value: string): number | null {
  if (NO_EXPERIENCE.test(value)) return 0;
  if (!/experience/i.test(value)) return null;
  const match = DURATION.exec(value);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const amount = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
  if (!Number.isFinite(amount)) return null;
  return match[2].toLowerCase().startsWith('month') ? Math.round((amount / 12) * 100) / 100 : amount;
}

function located(sentence: Sentence): Located<string> {
  const label = LEADING_LABEL.exec(sentence.value);
  return { value: label ? sentence.value.slice(label[0].length) : sentence.value, span: sentence.span };
}

// Minimum education and years of experience, substitutions and licenses, read from the qualification sections.
export function readQualifications(text: string, lines: readonly Line[], blocks: readonly Block[], labelled: readonly Block[]): Qualifications {
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
    if (experienceYears === null) {
      experienceYears = yearsIn(sentence.value);
      if (experienceYears !== null) experienceSpan = sentence.span;
    }
  }
  const substitutions = sentences.filter(isSubstitution).map(located);
  const licenses = sentences
    .filter((sentence) => !isSubstitution(sentence) && (LICENSE.test(sentence.value) || (sentence.kind === 'licenses' && countWords(sentence.value) >= 4)))
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
