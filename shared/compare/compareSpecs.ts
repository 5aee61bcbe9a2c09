import type { ClassSpec } from '../model';
import { diffText } from '../diff';
import { matchDuties } from './matchDuties';
import { measureCoverage } from './coverage';
import { measureFactorGaps } from './factorGaps';
import type { ActivityModel } from './activities/activityModel';
import type { IdfTable } from './idf';
import { pairSections } from './sectionPairs';
import { DEFAULT_MATCH_THRESHOLD } from './thresholds';
import type { Comparison, DutyPair, SpecHeader } from './types';

/** Bump when alignment, scoring or thresholds change so stored comparisons are recomputed. */
export const ALGO_VERSION = 6;

export type CompareOptions = Readonly<{
  /** Coverage needed in both directions for a `match` verdict (default 0.7). */
  threshold?: number;
  /**
   * Term weights from a whole library (buildLibraryIdf, or a BestFitIndex's `idf`); by default
   * they come from the two specs' duties, with generic class-spec words weighed down.
   */
  idf?: IdfTable;
  /** The work-activity model (loadActivityModel); without it duties are paired on their words alone. */
  activities?: ActivityModel;
}>;

function headerOf(spec: ClassSpec): SpecHeader {
  return { title: spec.title, code: spec.code, grade: spec.grade, jurisdiction: spec.jurisdiction };
}

function withDiff(pair: DutyPair, a: ClassSpec, b: ClassSpec): DutyPair {
  if (pair.a === null || pair.b === null) return pair;
  return { ...pair, diff: diffText(a.duties[pair.a]?.text ?? '', b.duties[pair.b]?.text ?? '') };
}

/**
 * Everything an analyst compares between two class specs: duties aligned pair by pair (with
 * word diffs), the duties covered beyond those pairs, coverage both ways with a match verdict, factor gaps with their evidence, and
 * the other sections paired by kind and diffed.
 */
export function compareSpecs(a: ClassSpec, b: ClassSpec, options: CompareOptions = {}): Comparison {
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const { pairs, cover } = matchDuties(
    a.duties,
    b.duties,
    {
      ...(options.idf ? { idf: options.idf } : {}),
      ...(options.activities ? { activities: options.activities } : {}),
    },
    { a: a.title, b: b.title },
  );
  return {
    algoVersion: ALGO_VERSION,
    a: headerOf(a),
    b: headerOf(b),
    duties: pairs.map((pair) => withDiff(pair, a, b)),
    cover,
    coverage: measureCoverage(a.duties, b.duties, pairs, threshold, cover),
    factors: measureFactorGaps(a.factors, b.factors, { a, b }),
    sections: pairSections(a, b),
  };
}
