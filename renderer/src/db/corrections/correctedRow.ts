import {
  applyCorrections,
  correctionsFor,
  type Correction,
  type CorrectedSpec,
  type OrphanedCorrection,
} from '../../../../shared/corrections';
import { gradeToNumber } from '../../../../shared/library/classIdentity';
import type { ClassSpec } from '../../../../shared/model';
import type { StoredSpec } from '../types';

export type CorrectionState = Readonly<{
  /** Applied to this version, oldest first. */
  applied: readonly Correction[];
  orphaned: readonly OrphanedCorrection[];
}>;

/** A stored version as every view works on it: `spec` is the effective record, `parsedSpec` the parser's. */
export type CorrectedStoredSpec = Omit<StoredSpec, 'spec'> &
  Readonly<{
    spec: CorrectedSpec;
    parsedSpec: ClassSpec;
    corrections: CorrectionState;
  }>;

/** Applies the class's corrections (those that reach this version) to a stored row. */
export function correctedRow(stored: StoredSpec, classCorrections: readonly Correction[]): CorrectedStoredSpec {
  const result = applyCorrections(
    stored.spec,
    correctionsFor(classCorrections, {
      specId: stored.id,
      version: stored.version,
    }),
  );
  const { spec } = result;
  const isCorrected = (field: CorrectedSpec['correctedFields'][number]) => spec.correctedFields.includes(field);
  return {
    ...stored,
    title: isCorrected('title') ? spec.title?.trim() || stored.sourceName : stored.title,
    code: isCorrected('code') ? (spec.code?.trim() ?? '') : stored.code,
    employer: isCorrected('jurisdiction') ? (spec.jurisdiction?.trim() ?? '') : stored.employer,
    gradeNumber: isCorrected('grade') ? gradeToNumber(spec.grade) : stored.gradeNumber,
    spec,
    parsedSpec: stored.spec,
    corrections: { applied: result.applied, orphaned: result.orphaned },
  };
}
