import type { DutyCategory, Span } from '../model';
import { anchorOf } from './anchor';
import type {
  CorrectableField,
  Correction,
  CorrectionChange,
  CorrectionOrigin,
  CorrectedDuty,
  CorrectedSpec,
} from './types';

/** Who and when: the caller owns ids and the clock. */
export type CorrectionStamp = Readonly<{
  id: string;
  createdAt: number;
  origin: CorrectionOrigin;
}>;

type Parsed = Readonly<{ text: string; spans: CorrectedSpec['spans'] }>;

const SECOND_START_LENGTH = 40;

function make(stamp: CorrectionStamp, text: string, span: Span | null, change: CorrectionChange): Correction {
  return {
    ...stamp,
    anchor: span && span.end > span.start ? anchorOf(text, span) : null,
    ...change,
  };
}

/** Anchored to where the parser read the field, so it follows that passage into re-parses and revisions. */
export function fieldCorrection(
  stamp: CorrectionStamp,
  parsed: Parsed,
  field: CorrectableField,
  value: string,
): Correction {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return make(stamp, parsed.text, parsed.spans[field] ?? null, {
    kind: 'field',
    field,
    value: trimmed || null,
  });
}

/**
 * Splits `duty` where its text reaches `cut` (moved forward to the next word). Null when that
 * leaves either part empty.
 */
export function splitCorrection(
  stamp: CorrectionStamp,
  text: string,
  duty: CorrectedDuty,
  cut: number,
): Correction | null {
  let at = Math.max(0, Math.min(cut, duty.text.length));
  while (at > 0 && at < duty.text.length && /\S/.test(duty.text[at - 1] ?? '') && /\S/.test(duty.text[at] ?? ''))
    at += 1;
  while (at < duty.text.length && /\s/.test(duty.text[at] ?? '')) at += 1;
  if (at <= 0 || at >= duty.text.length || !duty.text.slice(0, at).trim()) return null;
  const secondStart =
    duty.text.slice(at, at + SECOND_START_LENGTH).replace(/\s+\S*$/, '') ||
    duty.text.slice(at, at + SECOND_START_LENGTH);
  return make(stamp, text, duty.span, {
    kind: 'splitDuty',
    secondStart,
    offset: at,
  });
}

export function mergeCorrection(
  stamp: CorrectionStamp,
  text: string,
  duty: CorrectedDuty,
  next: CorrectedDuty,
): Correction {
  const span = {
    start: Math.min(duty.span.start, next.span.start),
    end: Math.max(duty.span.end, next.span.end),
  };
  return make(stamp, text, span, { kind: 'mergeDuties' });
}

export function notDutyCorrection(stamp: CorrectionStamp, text: string, passage: Span): Correction {
  return make(stamp, text, passage, { kind: 'notDuty' });
}

export function markDutyCorrection(
  stamp: CorrectionStamp,
  text: string,
  passage: Span,
  category: DutyCategory,
): Correction {
  return make(stamp, text, passage, { kind: 'markDuty', category });
}

export function addDutyCorrection(stamp: CorrectionStamp, statement: string, category: DutyCategory): Correction {
  return {
    ...stamp,
    anchor: null,
    kind: 'addDuty',
    text: statement.replace(/\s+/g, ' ').trim(),
    category,
  };
}

export function categorizeCorrection(
  stamp: CorrectionStamp,
  text: string,
  duty: CorrectedDuty,
  category: DutyCategory,
): Correction {
  return make(stamp, text, duty.span, { kind: 'categorizeDuty', category });
}

export function sectionKindCorrection(
  stamp: CorrectionStamp,
  text: string,
  headingSpan: Span,
  sectionKind: CorrectedSpec['sections'][number]['kind'],
): Correction {
  return make(stamp, text, headingSpan, { kind: 'sectionKind', sectionKind });
}

const FIELD_NAMES: Readonly<Record<CorrectableField, string>> = {
  title: 'Title',
  code: 'Code',
  jurisdiction: 'Employer',
  grade: 'Grade / pay plan',
  salaryRange: 'Salary range',
  effectiveDate: 'Effective date',
  revisedDate: 'Revised date',
};

export const correctableFieldName = (field: CorrectableField): string => FIELD_NAMES[field];

const clip = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/** One line an analyst reads in the list of corrections, e.g. `Title set to "Permit Technician II"`. */
export function describeCorrection(correction: Correction): string {
  const quote = correction.anchor ? `"${clip(correction.anchor.quote.replace(/\s+/g, ' ').trim())}"` : '';
  switch (correction.kind) {
    case 'field':
      return correction.value === null
        ? `${FIELD_NAMES[correction.field]} cleared`
        : `${FIELD_NAMES[correction.field]} set to "${clip(correction.value)}"`;
    case 'splitDuty':
      return `Duty ${quote} split before "${clip(correction.secondStart)}"`;
    case 'mergeDuties':
      return `Duties merged: ${quote}`;
    case 'notDuty':
      return `Not a duty: ${quote}`;
    case 'markDuty':
      return `Marked as ${correction.category} duty: ${quote}`;
    case 'addDuty':
      return `Added ${correction.category} duty "${clip(correction.text)}"`;
    case 'categorizeDuty':
      return `Duty ${quote} made ${correction.category}`;
    case 'sectionKind':
      return `Section ${quote} read as ${correction.sectionKind.replace(/_/g, ' ')}`;
  }
}
