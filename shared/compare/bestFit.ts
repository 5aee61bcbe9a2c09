import type { ClassSpec, FactorReadings } from '../model';
import type { ActivityModel } from './activities/activityModel';
import { measureCoverage } from './coverage';
import { matchDuties } from './matchDuties';
import {
  buildDocumentIndex,
  crowdingOf,
  documentCosines,
  topPositions,
  type DocumentIndex,
  type WeightedText,
} from './documentIndex';
import { factorRow, rowCloseness, type FactorRow } from './factorCloseness';
import { buildLibraryIdf } from './libraryIdf';
import type { IdfTable } from './idf';
import type { BestFitEntry } from './types';

export { factorCloseness } from './factorCloseness';

export type BestFitCandidate = Readonly<{ id: string; spec: ClassSpec }>;

/** A library prepared once for ranking. */
export type BestFitIndex = Readonly<{
  /** Term weights over every duty of the library (for CompareOptions.idf). */
  idf: IdfTable;
  entries: readonly Readonly<{ id: string; title: string | null; factors: FactorReadings; spec: ClassSpec }>[];
  documents: DocumentIndex;
  factorRows: readonly FactorRow[];
  activities: ActivityModel | undefined;
}>;

export type BestFitOptions = Readonly<{
  /** The work-activity model compare uses: best fit must score duties the same way. */
  activities?: ActivityModel;
}>;

export function prepareBestFitIndex(
  candidates: readonly BestFitCandidate[],
  options: BestFitOptions = {},
): BestFitIndex {
  return {
    idf: buildLibraryIdf(candidates.map((candidate) => candidate.spec)),
    entries: candidates.map((candidate) => ({
      id: candidate.id,
      title: candidate.spec.title,
      factors: candidate.spec.factors,
      spec: candidate.spec,
    })),
    documents: buildDocumentIndex(candidates.map((candidate) => candidate.spec.duties.map((duty) => duty.text))),
    factorRows: candidates.map((candidate) => factorRow(candidate.spec.factors)),
    activities: options.activities,
  };
}

/**
 * Classes compared duty by duty after the whole-class cut. The right O*NET class is among the 20
 * closest by cosine for 0.976 of the tuning queries (0.995 among 30, which ranks no better).
 */
const SHORTLIST = 20;
/**
 * Weights of the score. Measured on the O*NET tuning occupations (a class's other tasks as the
 * query, 620 queries over 444 classes), the whole-class word match (less crowding) ranks the
 * right class first most often. Added to it, neither the classes' aggregate work-activity
 * profiles, nor each query duty's best duty or activity match in the class, nor a raw-count
 * cosine, nor BM25 (alone at most 0.545 top-1) ranked it first more often; duty coverage ranks it
 * first less often the more it weighs (0.637 at 0.005, 0.630 at 0.01, 0.615 at 0.04: a related
 * class does the same kinds of work and covers as many duties). So the cosine ranks, and coverage
 * and factor levels only order classes the words cannot tell apart (same family, different
 * levels: the factor levels differ, the duty words barely).
 */
const DOCUMENT_WEIGHT = 0.965;
/**
 * How much a class's crowding (its mean cosine with its nearest classes) is taken off its cosine
 * before ranking: a query lands close to every member of a family of sibling specs, and the
 * siblings that sit closest to the rest of the library (the family's most generic wording) win
 * too often. Measured on the O*NET tuning occupations: top-1 0.590 without, 0.627 at 0.3, 0.637
 * at 0.5, 0.632 at 0.7 (top-5 0.868, 0.882, 0.880, 0.870); the mean over the 5 nearest classes
 * did as well as over 3 or 10 and better than over 1 or 20, and crowding among the shortlisted
 * classes alone did worse.
 */
const CROWDING_WEIGHT = 0.5;
const COVERAGE_WEIGHT = 0.005;
const CLOSENESS_WEIGHT = 0.03;

/** Each duty's weight in the whole-class text: its share of time, scaled so the duties average 1, where every duty states one. */
function weightedDuties(spec: ClassSpec): WeightedText[] {
  const { duties } = spec;
  const timed = duties.length > 0 && duties.every((duty) => (duty.percentTime ?? 0) > 0);
  const total = timed ? duties.reduce((sum, duty) => sum + (duty.percentTime ?? 0), 0) : duties.length;
  return duties.map((duty) => ({
    text: duty.text,
    weight: timed ? ((duty.percentTime ?? 0) * duties.length) / total : 1,
  }));
}

/**
 * Library classes ranked by how well they describe the spec. A whole-class TF-IDF cosine picks
 * the closest classes; each of those is then compared duty by duty exactly as the compare view
 * does (same alignment, same work-activity similarity, same coverage with percent-of-time
 * weighting), so the coverage shown here is the coverage the comparison shows. The score is
 * the whole-class cosine (each duty weighed by its share of time where a position description
 * states one) less part of the class's crowding, with coverage and factor closeness as small
 * refinements.
 */
export function rankBestFit(
  spec: ClassSpec,
  index: BestFitIndex,
  options: Readonly<{ limit?: number; excludeId?: string }> = {},
): BestFitEntry[] {
  const limit = options.limit ?? 10;
  const cosines = documentCosines(index.documents, weightedDuties(spec));
  const excluded =
    options.excludeId === undefined ? -1 : index.entries.findIndex((entry) => entry.id === options.excludeId);
  const shortlist = topPositions(cosines, Math.max(limit, SHORTLIST), (position) => position === excluded);
  const queryRow = factorRow(spec.factors);
  const alignOptions = index.activities ? { activities: index.activities } : {};
  const ranked = shortlist.flatMap((position) => {
    const entry = index.entries[position];
    if (!entry) return [];
    const match =
      spec.duties.length === 0
        ? null
        : matchDuties(spec.duties, entry.spec.duties, alignOptions, { a: spec.title, b: entry.spec.title });
    const coverage = match
      ? measureCoverage(spec.duties, entry.spec.duties, match.pairs, undefined, match.cover).aInB
      : 0;
    const closeness = rowCloseness(queryRow, index.factorRows[position] ?? factorRow({}));
    // Scaled back to 0..1: the cosine and the crowding both lie in 0..1.
    const distinctive =
      (Math.min(1, cosines[position] as number) -
        CROWDING_WEIGHT * crowdingOf(index.documents, position, excluded) +
        CROWDING_WEIGHT) /
      (1 + CROWDING_WEIGHT);
    const score = COVERAGE_WEIGHT * coverage + DOCUMENT_WEIGHT * distinctive + CLOSENESS_WEIGHT * closeness;
    return [{ id: entry.id, title: entry.title, coverage, factorCloseness: closeness, score }];
  });
  return ranked.sort((x, y) => y.score - x.score).slice(0, limit);
}
