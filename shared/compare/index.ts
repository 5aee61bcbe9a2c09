export type * from './types';
export { compareSpecs, ALGO_VERSION, type CompareOptions } from './compareSpecs';
export { alignDuties, type DutyAlignmentOptions } from './alignDuties';
export { measureCoverage, verdictOf } from './coverage';
export { matchDuties, type DutyMatch } from './matchDuties';
export { measureFactorGaps, FACTOR_ORDER, WORKING_CONDITION_FACTORS } from './factorGaps';
export { buildIdf, withGenericDamping, type IdfTable } from './idf';
export { buildLibraryIdf } from './libraryIdf';
export { buildSeriesLadder, RISING_FACTORS, type SeriesOptions } from './seriesLadder';
export {
  prepareBestFitIndex,
  rankBestFit,
  factorCloseness,
  type BestFitCandidate,
  type BestFitIndex,
  type BestFitOptions,
} from './bestFit';
export { DEFAULT_MATCH_THRESHOLD, MATCH_THRESHOLD_MIN, MATCH_THRESHOLD_STEP, isMatchThreshold } from './thresholds';
export { loadActivityModel } from './activities/loadActivityModel';
export {
  buildActivityModel,
  activityProfile,
  type ActivityModel,
  type ActivityProfile,
} from './activities/activityModel';
export { pairReason, analystReason, coverText } from './pairReason';
