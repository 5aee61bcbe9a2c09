import type { ClassSpec } from '../model';
import { numericGrade } from '../text';

export type ClassIdentity = Readonly<{
  classKey: string;
  employer: string;
  title: string;
  code: string;
  gradeNumber: number | null;
}>;

/**
 * The one rule for when two titles (and codes, employers) are the same: case and spacing aside.
 * Class keys, job-family links and the library's family filter all compare titles with it.
 */
export function titleKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The library's name for the one grade-to-number rule (shared/text numericGrade), kept for its callers. */
export const gradeToNumber = numericGrade;

/**
 * Versions of one class share employer + code (or employer + title when the spec prints no code);
 * a spec with neither is its own class, keyed by its file name.
 */
export function identifyClass(spec: ClassSpec, fileName: string): ClassIdentity {
  const employer = spec.jurisdiction?.trim() ?? '';
  const title = spec.title?.trim() ?? '';
  const code = spec.code?.trim() ?? '';
  const identity = code ? `code:${titleKey(code)}` : title ? `title:${titleKey(title)}` : `file:${titleKey(fileName)}`;
  return {
    classKey: `${titleKey(employer)}|${identity}`,
    employer,
    title: title || fileName,
    code,
    gradeNumber: numericGrade(spec.grade),
  };
}
