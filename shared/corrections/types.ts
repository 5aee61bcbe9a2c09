import type { ClassSpec, Duty, DutyCategory, Section, SectionKind } from '../model';

/** Record fields the analyst may set; `jurisdiction` is the employer. */
export type CorrectableField =
  'title' | 'code' | 'jurisdiction' | 'grade' | 'salaryRange' | 'effectiveDate' | 'revisedDate';

export const CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  'title',
  'code',
  'jurisdiction',
  'grade',
  'salaryRange',
  'effectiveDate',
  'revisedDate',
];

/**
 * A passage of the spec's normalized text: the quote is what finds it again in a re-parsed or
 * revised document; offsets and the words around it choose among repeated quotes.
 */
export type TextAnchor = Readonly<{
  quote: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}>;

/** The stored version a correction was made on: it carries forward to later versions, never back. */
export type CorrectionOrigin = Readonly<{ specId: string; version: number }>;

type CorrectionBase = Readonly<{
  id: string;
  createdAt: number;
  origin: CorrectionOrigin;
  /** null only where there is no passage: a field the parser did not find, or a duty the analyst typed. */
  anchor: TextAnchor | null;
}>;

export type CorrectionChange =
  | Readonly<{ kind: 'field'; field: CorrectableField; value: string | null }>
  /** Splits the duty at the anchor where `secondStart` (the opening words of the second part) begins, nearest `offset` in the duty text. */
  | Readonly<{ kind: 'splitDuty'; secondStart: string; offset: number }>
  /** Merges every duty lying inside the anchored passage into one. */
  | Readonly<{ kind: 'mergeDuties' }>
  /** The passage is not a duty: duties mostly inside it are dropped. */
  | Readonly<{ kind: 'notDuty' }>
  /** The passage is a duty (replacing any duties inside it). */
  | Readonly<{ kind: 'markDuty'; category: DutyCategory }>
  | Readonly<{ kind: 'addDuty'; text: string; category: DutyCategory }>
  | Readonly<{ kind: 'categorizeDuty'; category: DutyCategory }>
  /** The anchor is the section's heading. */
  | Readonly<{ kind: 'sectionKind'; sectionKind: SectionKind }>;

export type Correction = CorrectionBase & CorrectionChange;

export type CorrectionKind = Correction['kind'];

/** Ids of the corrections that shaped a duty or section; absent when it is as parsed. */
export type CorrectionMarks = Readonly<{ correctionIds?: readonly string[] }>;

export type CorrectedDuty = Duty & CorrectionMarks;
export type CorrectedSection = Section & CorrectionMarks;

/** The effective record: the parse with the analyst's corrections applied, and what they changed. */
export type CorrectedSpec = Omit<ClassSpec, 'duties' | 'sections'> &
  Readonly<{
    duties: readonly CorrectedDuty[];
    sections: readonly CorrectedSection[];
    correctedFields: readonly CorrectableField[];
  }>;

export type OrphanReason = 'passage_not_found' | 'nothing_to_correct';

export type OrphanedCorrection = Readonly<{
  correction: Correction;
  reason: OrphanReason;
}>;

export type CorrectionResult = Readonly<{
  spec: CorrectedSpec;
  applied: readonly Correction[];
  orphaned: readonly OrphanedCorrection[];
}>;
