import { EDUCATION_ORDER, type ClassSpec, type EducationLevel, type FactorReading, type Span } from '../model';
import { numericGrade } from '../text';

const EDUCATION_LABEL: Readonly<Record<EducationLevel, string>> = {
  none: 'no formal education required',
  high_school: 'high school diploma or GED',
  associate: "associate's degree",
  bachelor: "bachelor's degree",
  master: "master's degree",
  doctorate: 'doctorate',
};

/** Reference scale sizes for stated values (years, grade numbers): wide enough for any class spec. */
export const EXPERIENCE_SCALE_SIZE = 21;
export const PAY_GRADE_SCALE_SIZE = 100;

type Requirements = Pick<ClassSpec, 'qualifications' | 'grade' | 'spans' | 'text'>;

const EMPTY_SPAN: Span = { start: 0, end: 0 };

function textAt(spec: Requirements, span: Span | undefined): string {
  return span ? spec.text.slice(span.start, span.end).trim() : '';
}

export function readEducation(spec: Requirements): FactorReading | null {
  const education = spec.qualifications.education;
  if (education === null) return null;
  const evidence = spec.qualifications.educationSpan ?? EMPTY_SPAN;
  return {
    key: 'education',
    level: EDUCATION_ORDER.indexOf(education),
    scaleSize: EDUCATION_ORDER.length,
    label: EDUCATION_LABEL[education],
    evidence,
    text: textAt(spec, spec.qualifications.educationSpan),
    basis: 'scale',
  };
}

export function readExperience(spec: Requirements): FactorReading | null {
  const years = spec.qualifications.experienceYears;
  if (years === null) return null;
  const evidence = spec.qualifications.experienceSpan ?? EMPTY_SPAN;
  return {
    key: 'experience_years',
    level: years,
    scaleSize: EXPERIENCE_SCALE_SIZE,
    label: `${years} year${years === 1 ? '' : 's'} of experience`,
    evidence,
    text: textAt(spec, spec.qualifications.experienceSpan),
    basis: 'value',
  };
}

export function readPayGrade(spec: Requirements): FactorReading | null {
  const level = numericGrade(spec.grade);
  if (level === null) return null;
  return {
    key: 'pay_grade',
    level,
    scaleSize: PAY_GRADE_SCALE_SIZE,
    label: `grade ${spec.grade ?? level}`,
    evidence: spec.spans.grade ?? EMPTY_SPAN,
    text: textAt(spec, spec.spans.grade) || (spec.grade ?? ''),
    basis: 'value',
  };
}
