import type { ClassSpec } from '../model';

export type ClassIdentity = Readonly<{
  classKey: string;
  employer: string;
  title: string;
  code: string;
  gradeNumber: number | null;
}>;

const normalize = (value: string): string => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** First number in a grade such as "26", "GS-12" or "Grade 18A"; null when there is none. */
export function gradeToNumber(grade: string | null): number | null {
  const match = grade?.match(/\d+(?:\.\d+)?/);
  return match ? Number(match[0]) : null;
}

/**
 * Versions of one class share employer + code (or employer + title when the spec prints no code);
 * a spec with neither is its own class, keyed by its file name.
 */
export function identifyClass(spec: ClassSpec, fileName: string): ClassIdentity {
  const employer = spec.jurisdiction?.trim() ?? '';
  const title = spec.title?.trim() ?? '';
  const code = spec.code?.trim() ?? '';
  const identity = code ? `code:${normalize(code)}` : title ? `title:${normalize(title)}` : `file:${normalize(fileName)}`;
  return {
    classKey: `${normalize(employer)}|${identity}`,
    employer,
    title: title || fileName,
    code,
    gradeNumber: gradeToNumber(spec.grade),
  };
}
