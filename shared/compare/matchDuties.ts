import type { Duty } from '../model';
import { alignDuties, type DutyAlignmentOptions } from './alignDuties';
import { creditByDuty, withCover } from './coverage';
import type { DutyCover, DutyPair } from './types';
import { measureWorkCover } from './workCover';
import { coverByReference, namingDuties, type ClassTitles } from './dutiesByReference';

export type DutyMatch = Readonly<{ pairs: DutyPair[]; cover: DutyCover[] }>;

/**
 * Two duty lists matched as the compare view shows them: the alignment (one-to-one pairs plus
 * split/merge), and the duties covered beyond those pairs: by a duty naming the other class
 * (given the classes' titles), and with the work-activity model by duties doing the same work.
 * Compare and best fit both call this, so a class's coverage is the same wherever it is shown.
 */
export function matchDuties(
  a: readonly Duty[],
  b: readonly Duty[],
  options: DutyAlignmentOptions = {},
  titles?: ClassTitles,
): DutyMatch {
  const naming = titles ? namingDuties(a, b, titles) : { a: null, b: null };
  const unpaired = { a: naming.a === null ? [] : [naming.a], b: naming.b === null ? [] : [naming.b] };
  const pairs = alignDuties(a, b, { ...options, unpaired });
  const credit = { a: creditByDuty(pairs, 'a'), b: creditByDuty(pairs, 'b') };
  const byReference = titles ? coverByReference(a, b, titles, naming, credit) : [];
  if (!options.activities) return { pairs, cover: byReference };
  const creditWithReferences = { a: withCover(credit.a, byReference, 'a'), b: withCover(credit.b, byReference, 'b') };
  return {
    pairs,
    cover: [...byReference, ...measureWorkCover(a, b, creditWithReferences, options.activities, options.idf)],
  };
}
