import { compareSpecs, factorCloseness, FACTOR_ORDER, type ActivityModel, type IdfTable } from '../compare';
import type { Verdict } from '../compare';
import { applyOverrides, describeLink, type AdjustedComparison, type DutyOverride } from '../report';
import type { ClassSpec, FactorKey, FactorReading } from '../model';

export type MatrixCandidate = Readonly<{
  specId: string;
  spec: ClassSpec;
  overrides?: readonly DutyOverride[];
  threshold?: number;
}>;

/** Engine options for every column: the work-activity model the compare view uses, library term weights. */
export type MatrixOptions = Readonly<{ threshold?: number; idf?: IdfTable; activities?: ActivityModel | null }>;

export type MatrixFactorCell = Readonly<{
  level: number | null;
  label: string | null;
  scaleSize: number | null;
  delta: number | null;
}>;

export type MatrixColumn = Readonly<{
  specId: string;
  title: string | null;
  code: string | null;
  grade: string | null;
  /** Share of the position's duties found in the class (by percent of time when every duty states it). */
  positionInClass: number;
  /** Share of the class's duties the position performs. */
  classInPosition: number;
  verdict: Verdict;
  factorCloseness: number;
  /** Indices of the position's duties with no counterpart in the class. */
  unmatchedDuties: readonly number[];
  /** Percent of time on those duties, when the position states time. */
  unmatchedTime: number | null;
  factors: Readonly<Partial<Record<FactorKey, MatrixFactorCell>>>;
  comparison: AdjustedComparison;
}>;

export type CandidatesMatrix = Readonly<{
  /** Factors either side reads, in the engine's order. */
  factorKeys: readonly FactorKey[];
  subjectFactors: Readonly<Partial<Record<FactorKey, FactorReading>>>;
  columns: readonly MatrixColumn[];
  /** The best-fitting candidate: most of the position's work described, factor levels closest on a tie. */
  bestFitId: string | null;
  weightedByTime: boolean;
}>;

const VERDICT_RANK: Readonly<Record<Verdict, number>> = {
  match: 2,
  partial: 1,
  'no-match': 0,
};

function columnOf(subject: ClassSpec, candidate: MatrixCandidate, options: MatrixOptions): MatrixColumn {
  const threshold = candidate.threshold ?? options.threshold;
  const engine = compareSpecs(subject, candidate.spec, {
    ...(threshold === undefined ? {} : { threshold }),
    ...(options.idf ? { idf: options.idf } : {}),
    ...(options.activities ? { activities: options.activities } : {}),
  });
  const comparison = applyOverrides(engine, candidate.overrides ?? [], {
    dutiesA: subject.duties,
    dutiesB: candidate.spec.duties,
    describeLink: (a, b) => describeLink(subject.duties, candidate.spec.duties, a, b),
  });
  const matched = new Set(
    comparison.duties.filter((pair) => pair.a !== null && pair.b !== null).map((pair) => pair.a as number),
  );
  const unmatchedDuties = subject.duties.map((_, index) => index).filter((index) => !matched.has(index));
  const timed = subject.duties.length > 0 && subject.duties.every((duty) => (duty.percentTime ?? 0) > 0);
  const factors: Partial<Record<FactorKey, MatrixFactorCell>> = {};
  for (const gap of comparison.factors) {
    if (!gap.b && !gap.a) continue;
    factors[gap.key] = {
      level: gap.b?.level ?? null,
      label: gap.b?.label ?? null,
      scaleSize: gap.b?.scaleSize ?? null,
      delta: gap.delta,
    };
  }
  return {
    specId: candidate.specId,
    title: candidate.spec.title,
    code: candidate.spec.code,
    grade: candidate.spec.grade,
    positionInClass: comparison.coverage.aInB,
    classInPosition: comparison.coverage.bInA,
    verdict: comparison.coverage.verdict,
    factorCloseness: factorCloseness(subject.factors, candidate.spec.factors),
    unmatchedDuties,
    unmatchedTime: timed
      ? unmatchedDuties.reduce((sum, index) => sum + (subject.duties[index]?.percentTime ?? 0), 0)
      : null,
    factors,
    comparison,
  };
}

function betterFit(a: MatrixColumn, b: MatrixColumn): number {
  return (
    VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] ||
    b.positionInClass - a.positionInClass ||
    b.factorCloseness - a.factorCloseness ||
    b.classInPosition - a.classInPosition
  );
}

/**
 * One column per candidate class against the subject position: coverage both ways (the analyst's
 * overrides applied), verdict, the duties the class leaves out, and each factor's level beside
 * the subject's; the best fit is named.
 */
export function buildCandidatesMatrix(
  subject: ClassSpec,
  candidates: readonly MatrixCandidate[],
  options: MatrixOptions = {},
): CandidatesMatrix {
  const columns = candidates.map((candidate) => columnOf(subject, candidate, options));
  const present = new Set<FactorKey>(Object.keys(subject.factors) as FactorKey[]);
  for (const column of columns) for (const key of Object.keys(column.factors) as FactorKey[]) present.add(key);
  const best = [...columns].sort(betterFit)[0];
  return {
    factorKeys: FACTOR_ORDER.filter((key) => present.has(key)),
    subjectFactors: subject.factors,
    columns,
    bestFitId: best?.specId ?? null,
    weightedByTime: subject.duties.length > 0 && subject.duties.every((duty) => (duty.percentTime ?? 0) > 0),
  };
}
