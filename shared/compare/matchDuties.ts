import type { Duty } from '../model';
import { alignDuties, type DutyAlignmentOptions } from './alignDuties';
import { creditByDuty } from './coverage';
import type { DutyCover, DutyPair } from './types';
import { measureWorkCover } from './workCover';

export type DutyMatch = Readonly<{ pairs: DutyPair[]; cover: DutyCover[] }>;

/**
 * Two duty lists matched as the compare view shows them: the alignment (one-to-one pairs plus
 * split/merge), and with the work-activity model the duties covered beyond those pairs. Compare
 * and best fit both call this, so a class's coverage is the same wherever it is shown.
 */
export function matchDuties(a: readonly Duty[], b: readonly Duty[], options: DutyAlignmentOptions = {}): DutyMatch {
  const pairs = alignDuties(a, b, options);
  if (!options.activities) return { pairs, cover: [] };
  const credit = { a: creditByDuty(pairs, 'a'), b: creditByDuty(pairs, 'b') };
  return { pairs, cover: measureWorkCover(a, b, credit, options.activities, options.idf) };
}
