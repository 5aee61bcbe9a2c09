export type * from './types';
export { compareSpecs, ALGO_VERSION, type CompareOptions } from './compareSpecs';
export { alignDuties, type DutyAlignmentOptions } from './alignDuties';
export { measureCoverage, verdictOf } from './coverage';
export { measureFactorGaps, FACTOR_ORDER } from './factorGaps';
export { buildIdf, type IdfTable } from './idf';
export { buildSeriesLadder, RISING_FACTORS, type SeriesOptions } from './seriesLadder';
export { prepareBestFitIndex, rankBestFit, factorCloseness, type BestFitCandidate, type BestFitIndex } from './bestFit';
export { DEFAULT_MATCH_THRESHOLD } from './thresholds';
