import type { ClassSpec, DocumentKind, DutyCategory, EducationLevel } from '../../../../../shared/model';

/** What the parser must read from one fixture layout. */
export type Expected = Readonly<{
  file: string;
  title: string | null;
  code: string | null;
  grade: string | null;
  salaryRange: string | null;
  jurisdiction: string | null;
  flsa: ClassSpec['flsa'];
  documentKind: DocumentKind;
  headings: readonly string[];
  duties: readonly string[];
  percentTime?: readonly number[];
  categories?: readonly DutyCategory[];
  education: EducationLevel | null;
  experienceYears: number | null;
  substitutions: number;
  licenses: number;
  warnings: readonly string[];
}>;
