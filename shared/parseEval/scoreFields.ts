import type { ClassSpec } from '../model';
import type { GoldRecord } from './goldRecord';

export const SCORED_FIELDS = [
  'title',
  'code',
  'grade',
  'duty_count',
  'first_duty',
  'last_duty',
  'sections',
  'experience_years',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];
/** 1 for right, 0 for wrong; `sections` is an F1 between 0 and 1. */
export type FieldScores = Readonly<Record<ScoredField, number>>;

/** The parts of a parsed record the gold fields are checked against. */
export type ParsedFields = Pick<ClassSpec, 'title' | 'code' | 'grade' | 'salaryRange'> &
  Readonly<{
    duties: readonly Readonly<{ text: string }>[];
    sections: readonly Readonly<{ heading: string }>[];
    experienceYears: number | null;
  }>;

// The comparison form: compatibility-composed, one apostrophe, no Markdown emphasis, collapsed space, case-folded.
export function comparable(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const composed = value
    .normalize('NFKC')
    .replace(/\u2019/g, "'")
    .replace(/[*_`]/g, '');
  return composed.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ß/g, 'ss');
}

// A heading without its trailing colon or full stop.
function comparableHeading(value: string | null | undefined): string {
  return (comparable(value) ?? '').replace(/[:.\s]+$/, '');
}

function numbersIn(value: string | null | undefined): string[] {
  return (value ?? '').match(/\d[\d,.]*\d|\d/g) ?? [];
}

const sameNumbers = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function gradeMatches(gold: string | null, parsed: string | null): boolean {
  if (gold === null) return parsed === null || parsed === '';
  if (parsed === null) return false;
  const goldNumbers = numbersIn(gold);
  return (
    comparable(gold) === comparable(parsed) || (goldNumbers.length > 0 && sameNumbers(goldNumbers, numbersIn(parsed)))
  );
}

function codeMatches(gold: string | null, parsed: string | null): boolean {
  const a = comparable(gold);
  const b = comparable(parsed);
  return a === b || (a !== null && b !== null && a.replace(/^0+/, '') === b.replace(/^0+/, ''));
}

function sectionF1(gold: readonly string[], parsed: readonly string[]): number {
  if (gold.length === 0) return parsed.length === 0 ? 1 : 0;
  const count = (list: readonly string[], value: string): number => list.filter((item) => item === value).length;
  let common = 0;
  for (const heading of new Set(gold)) common += Math.min(count(gold, heading), count(parsed, heading));
  if (common === 0) return 0;
  const precision = common / parsed.length;
  const recall = common / gold.length;
  return (2 * precision * recall) / (precision + recall);
}

function dutyStartsWith(duty: string | undefined, gold: string | null): boolean {
  return duty !== undefined && (comparable(duty) ?? '').startsWith((comparable(gold) ?? '').slice(0, 40));
}

/** The field rules of the corpus scorer (score.py), so the project measures itself exactly as it is measured. */
export function scoreFields(gold: GoldRecord, parsed: ParsedFields): FieldScores {
  const duties = parsed.duties.map((duty) => duty.text);
  const headings = parsed.sections
    .filter((section) => section.heading.length > 0)
    .map((section) => comparableHeading(section.heading));
  const years = parsed.experienceYears;
  const alt = gold.alt ?? {};
  const titleMatches = (value: string | null): boolean => comparable(parsed.title) === comparable(value);
  return {
    title: Number(titleMatches(gold.title) || (alt.title ?? []).some(titleMatches)),
    code: Number(codeMatches(gold.code, parsed.code)),
    grade: Number(gradeMatches(gold.grade, parsed.grade || parsed.salaryRange)),
    duty_count: Number(duties.length === gold.duty_count || (alt.duty_count ?? []).includes(duties.length)),
    first_duty: Number(dutyStartsWith(duties[0], gold.first_duty)),
    last_duty: Number(dutyStartsWith(duties.at(-1), gold.last_duty)),
    sections: sectionF1(gold.section_headings.map(comparableHeading), headings),
    experience_years: Number(
      years === gold.experience_years || (years !== null && (alt.experience_years ?? []).includes(years)),
    ),
  };
}
