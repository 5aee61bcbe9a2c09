import type { ClassSpec, MetadataField, Span } from '../model';
import { resolveAnchor } from './anchor';
import {
  addDuty,
  categorizeDuty,
  markDuty,
  mergeDuties,
  removeDuties,
  splitDuty,
  type DutyEditResult,
} from './dutyEdits';
import type {
  CorrectableField,
  CorrectedDuty,
  CorrectedSection,
  CorrectedSpec,
  Correction,
  CorrectionOrigin,
  CorrectionResult,
  OrphanedCorrection,
} from './types';

type Draft = {
  fields: Partial<Record<CorrectableField, string | null>>;
  duties: readonly CorrectedDuty[];
  sections: readonly CorrectedSection[];
};

function applyToSections(
  sections: readonly CorrectedSection[],
  passage: Span,
  correction: Correction & { kind: 'sectionKind' },
): readonly CorrectedSection[] | null {
  const index = sections.findIndex(
    (section) => section.headingSpan.start < passage.end && passage.start < section.headingSpan.end,
  );
  const section = sections[index];
  if (!section) return null;
  const changed: CorrectedSection = {
    ...section,
    kind: correction.sectionKind,
    correctionIds: [...(section.correctionIds ?? []), correction.id],
  };
  return sections.map((item, at) => (at === index ? changed : item));
}

function applyToDuties(
  text: string,
  duties: readonly CorrectedDuty[],
  passage: Span | null,
  correction: Correction,
): DutyEditResult {
  if (correction.kind === 'addDuty') return addDuty(text, duties, correction.text, correction.category, correction.id);
  if (!passage) return null;
  switch (correction.kind) {
    case 'splitDuty':
      return splitDuty(text, duties, passage, correction.secondStart, correction.offset, correction.id);
    case 'mergeDuties':
      return mergeDuties(duties, passage, correction.id);
    case 'notDuty':
      return removeDuties(duties, passage);
    case 'markDuty':
      return markDuty(text, duties, passage, correction.category, correction.id);
    case 'categorizeDuty':
      return categorizeDuty(duties, passage, correction.category, correction.id);
    default:
      return null;
  }
}

/** One correction over the draft; false when it is orphaned (its passage, or what it corrects, is gone). */
function applyOne(text: string, draft: Draft, correction: Correction): OrphanedCorrection['reason'] | null {
  const passage = correction.anchor ? resolveAnchor(text, correction.anchor) : null;
  if (correction.anchor && !passage) return 'passage_not_found';
  if (correction.kind === 'field') {
    draft.fields[correction.field] = correction.value;
    return null;
  }
  if (correction.kind === 'sectionKind') {
    const sections = passage ? applyToSections(draft.sections, passage, correction) : null;
    if (!sections) return 'nothing_to_correct';
    draft.sections = sections;
    return null;
  }
  const duties = applyToDuties(text, draft.duties, passage, correction);
  if (!duties) return 'nothing_to_correct';
  draft.duties = duties;
  return null;
}

const byCreation = (a: Correction, b: Correction): number =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The effective record: `spec` with `corrections` applied oldest first. Pure and deterministic;
 * `spec.text` is never changed. A correction whose passage is no longer in the text, or that finds
 * nothing to change there, is returned as orphaned instead of being applied.
 */
export function applyCorrections(spec: ClassSpec, corrections: readonly Correction[]): CorrectionResult {
  const draft: Draft = {
    fields: {},
    duties: spec.duties,
    sections: spec.sections,
  };
  const applied: Correction[] = [];
  const orphaned: OrphanedCorrection[] = [];
  for (const correction of [...corrections].sort(byCreation)) {
    const reason = applyOne(spec.text, draft, correction);
    if (reason) orphaned.push({ correction, reason });
    else applied.push(correction);
  }
  const correctedFields = Object.keys(draft.fields) as CorrectableField[];
  const spans: Partial<Record<MetadataField, Span>> = { ...spec.spans };
  for (const field of correctedFields) delete spans[field];
  const corrected: CorrectedSpec = {
    ...spec,
    ...draft.fields,
    spans,
    duties: draft.duties,
    sections: draft.sections,
    correctedFields,
  };
  return { spec: corrected, applied, orphaned };
}

/** The effective record only (what every view and command works on). */
export function effectiveSpec(spec: ClassSpec, corrections: readonly Correction[]): CorrectedSpec {
  return applyCorrections(spec, corrections).spec;
}

/** Whether a record is one the analyst corrected (an effective record with any correction applied). */
export function isCorrectedRecord(spec: ClassSpec): boolean {
  const marks = spec as Partial<CorrectedSpec>;
  return Boolean(
    marks.correctedFields?.length ||
    marks.duties?.some((duty) => duty.correctionIds) ||
    marks.sections?.some((section) => section.correctionIds),
  );
}

/**
 * The corrections of a class that apply to one stored version: those made on it or on an earlier
 * version (they carry forward to revisions, never back to the versions before them).
 */
export function correctionsFor(corrections: readonly Correction[], target: CorrectionOrigin): readonly Correction[] {
  return corrections.filter(
    (correction) => correction.origin.specId === target.specId || correction.origin.version <= target.version,
  );
}
