/** Character range [start, end) in the normalized document text (`ClassSpec.text`). */
export type Span = Readonly<{ start: number; end: number }>;

/** A value together with the text it was read from. */
export type Located<T> = Readonly<{ value: T; span: Span }>;

/** Canonical meaning of a printed heading; `other` when the heading is real but unknown. */
export type SectionKind =
  | 'summary'
  | 'distinguishing'
  | 'duties'
  | 'other_duties'
  | 'knowledge'
  | 'skills'
  | 'abilities'
  | 'qualifications'
  | 'education'
  | 'experience'
  | 'substitutions'
  | 'licenses'
  | 'specifications'
  | 'complexity'
  | 'impact'
  | 'supervision_received'
  | 'supervision_exercised'
  | 'supervision_direct'
  | 'supervision_indirect'
  | 'contacts'
  | 'internal_contacts'
  | 'external_contacts'
  | 'physical_effort'
  | 'work_environment'
  | 'physical_skill'
  | 'physical_demands'
  | 'job_family'
  | 'class_history'
  | 'miscellaneous'
  | 'application'
  | 'salary'
  | 'benefits'
  | 'other';

export type Section = Readonly<{
  kind: SectionKind;
  /** The heading exactly as printed (trimmed), e.g. "Knowledge of:" or "SUPERVISION EXERCISED:". */
  heading: string;
  /** 0 for a top-level heading, 1+ for sub-headings nested under the previous lower level. */
  level: number;
  /** Heading plus body. */
  span: Span;
  headingSpan: Span;
  bodySpan: Span;
}>;

export type DutyCategory = 'essential' | 'other';

export type Duty = Readonly<{
  text: string;
  category: DutyCategory;
  span: Span;
  /** Share of working time when the document states it (position descriptions often do). */
  percentTime?: number;
}>;

/** Ordered: none < high_school < associate < bachelor < master < doctorate. */
export type EducationLevel = 'none' | 'high_school' | 'associate' | 'bachelor' | 'master' | 'doctorate';

export type Qualifications = Readonly<{
  education: EducationLevel | null;
  educationSpan?: Span;
  experienceYears: number | null;
  experienceSpan?: Span;
  substitutions: readonly Located<string>[];
  licenses: readonly Located<string>[];
}>;

export type FactorKey =
  | 'education'
  | 'experience_years'
  | 'complexity'
  | 'impact'
  | 'supervision_received'
  | 'supervision_exercised'
  | 'internal_contacts'
  | 'external_contacts'
  | 'physical_effort'
  | 'work_environment'
  | 'physical_skill'
  | 'pay_grade';

/** The text a spec states for one factor, as printed. */
export type FactorStatement = Readonly<{ key: FactorKey; text: string; span: Span }>;

/** An ordinal reading of one factor: higher `level` means more demanding. */
export type FactorReading = Readonly<{
  key: FactorKey;
  level: number;
  scaleSize: number;
  label: string;
  /** The sentence(s) that set the level. */
  evidence: Span;
  text: string;
  /** How the level was decided: a fixed scale (education), a stated value, cue words, or calibration against other classes. */
  basis: 'value' | 'scale' | 'cue' | 'calibrated';
}>;

export type FactorReadings = Readonly<Partial<Record<FactorKey, FactorReading>>>;

export type SpecWarning = Readonly<{ code: string; message: string; span?: Span }>;

export type MetadataField =
  'title' | 'code' | 'grade' | 'payPlan' | 'salaryRange' | 'jurisdiction' | 'flsa' | 'effectiveDate' | 'revisedDate';

/** What kind of document the text is: one class, a series spec covering several classes, or a list of jobs. */
export type DocumentKind = 'class' | 'series' | 'job_list' | 'unknown';

export type ClassSpec = Readonly<{
  title: string | null;
  code: string | null;
  grade: string | null;
  /**
   * The pay plan the grade belongs to, when printed: a "Pay Plan:" field or the group letters of a grade written
   * like "GS-12" / "CS-05" ("GS", "CS"). Grades of different plans are not levels of one scale. Optional: records
   * stored before parser version 2 do not carry it.
   */
  payPlan?: string | null;
  salaryRange: string | null;
  jurisdiction: string | null;
  flsa: 'exempt' | 'non-exempt' | null;
  effectiveDate: string | null;
  revisedDate: string | null;
  /** Where each metadata field was read. */
  spans: Readonly<Partial<Record<MetadataField, Span>>>;
  sections: readonly Section[];
  /** Every duty statement in document order (essential first as printed, then other). */
  duties: readonly Duty[];
  qualifications: Qualifications;
  factorStatements: Readonly<Partial<Record<FactorKey, FactorStatement>>>;
  factors: FactorReadings;
  /** Job family / class series titles in printed order. */
  family: readonly string[];
  familySpan?: Span;
  documentKind: DocumentKind;
  warnings: readonly SpecWarning[];
  /** The normalized text every span points into. */
  text: string;
}>;

/** What the parser reads from the text; factor reading (shared/factors) adds `factors`. */
export type ParsedSpec = Omit<ClassSpec, 'factors'>;
