import type { TextDiff } from '../diff';
import type { FactorKey, FactorReading, SectionKind, Span } from '../model';

/** How an aligned pair of duties relates. Thresholds live in shared/compare/thresholds.ts. */
export type DutyPairKind = 'same' | 'reworded' | 'partial' | 'only-a' | 'only-b';

export type DutyPair = Readonly<{
  /** 0-based index into A's `duties`, null for `only-b`. (The CLI prints 1-based.) */
  a: number | null;
  b: number | null;
  kind: DutyPairKind;
  /** Similarity 0..1 (0 for unmatched duties). */
  score: number;
  /** The pair sits at a different relative position in A than in B. */
  moved: boolean;
  /** One duty covering two on the other side: `split` = one A duty ↔ several B duties, `merge` = several A ↔ one B. */
  group?: 'split' | 'merge';
  /**
   * Set on a partial pair when one side's duty is wholly one of the tasks the other side's
   * longer, multi-clause duty lists: that side's duty counts as fully covered, the longer one
   * as partly covered.
   */
  contained?: 'a' | 'b';
  /**
   * With `contained`: the contained duty restates the lead clause of the longer one (the clause
   * naming its main task, which the further clauses elaborate), so both count as fully covered.
   */
  containedInLead?: boolean;
  /** Why the duties were paired (absent for unmatched duties). */
  why?: PairReason;
  /** Word diff A → B inside the pair (absent for unmatched duties). */
  diff?: TextDiff;
}>;

/** The evidence behind a pair, for the analyst. */
export type PairReason = Readonly<{
  /** Title of the O*NET work activity both duties most likely are, when the evidence is strong enough. */
  activity: string | null;
  /** Key words both duties use, as printed in A (stemmed and synonym-matched), first use of each. */
  terms: readonly string[];
  score: number;
  /** One line: "both: Supervise customer service staff; shared terms: schedules, staff (62%)", or "linked by analyst". */
  text: string;
  linkedByAnalyst?: true;
}>;

/**
 * A duty the other class does although the one-to-one pairing shows it elsewhere: the other
 * class has a duty, or a clause of a run-on duty, doing the same work (many-to-one coverage).
 */
export type DutyCover = Readonly<{
  /** The side whose duty is covered. */
  side: 'a' | 'b';
  duty: number;
  /** The other side's duty doing its work (or holding the clause that does). */
  by: number;
  /** Coverage credit it earns (1 in full; a partial's credit when only a further task of a run-on duty is done). */
  credit: number;
  /** Evidence score 0..1: the mean of the work-activity and word similarities, or the word similarity where the words alone decide. */
  score: number;
  /** The O*NET work activity both most likely are, when the work similarity is strong enough to count as evidence. */
  activity: string | null;
  /** Key words both duties use, as printed in the covered duty. */
  terms: readonly string[];
  /**
   * Set when a duty takes in the other class by its title ("Perform duties of Animal Technician
   * 1"): that title, and whether this entry is the naming duty itself (done by the other class as
   * a whole) rather than one of the named class's duties (done by the naming duty).
   */
  reference?: Readonly<{ title: string; naming: boolean }>;
}>;

export type Verdict = 'match' | 'partial' | 'no-match';

export type Coverage = Readonly<{
  /** Share of A's essential duties matched in B (0..1); all duties when A lists no essential ones. */
  aInB: number;
  bInA: number;
  /** Same two figures over the "other" duties, null where a side has none. */
  otherAInB: number | null;
  otherBInA: number | null;
  threshold: number;
  verdict: Verdict;
}>;

export type FactorGap = Readonly<{
  key: FactorKey;
  a: FactorReading | null;
  b: FactorReading | null;
  /** b.level − a.level when both are read, else null (also for pay grades on different pay plans). */
  delta: number | null;
  /** Pay grades of two employers' (or two notations') pay plans: not comparable as numbers. */
  differentPayPlans?: true;
}>;

export type SectionPair = Readonly<{
  kind: SectionKind;
  a: Readonly<{ heading: string; text: string; span: Span }> | null;
  b: Readonly<{ heading: string; text: string; span: Span }> | null;
  diff?: TextDiff;
}>;

export type SpecHeader = Readonly<{
  title: string | null;
  code: string | null;
  grade: string | null;
  jurisdiction: string | null;
}>;

export type Comparison = Readonly<{
  /** Bumped whenever alignment or scoring changes, so stored comparisons can tell they are stale. */
  algoVersion: number;
  a: SpecHeader;
  b: SpecHeader;
  duties: readonly DutyPair[];
  /** Duties covered beyond the pairs shown (see DutyCover); counted in `coverage`. */
  cover: readonly DutyCover[];
  coverage: Coverage;
  factors: readonly FactorGap[];
  sections: readonly SectionPair[];
}>;

export type SeriesInversion = Readonly<{
  factor: FactorKey;
  lower: number;
  higher: number;
  lowerLevel: number;
  higherLevel: number;
}>;
export type SeriesRepeat = Readonly<{ factor: FactorKey; classes: readonly number[]; text: string }>;

export type SeriesLadder = Readonly<{
  /** Indices into the input list, ordered by grade (ungraded last, in input order). */
  order: readonly number[];
  inversions: readonly SeriesInversion[];
  identical: readonly SeriesRepeat[];
}>;

export type BestFitEntry = Readonly<{
  id: string;
  title: string | null;
  coverage: number;
  factorCloseness: number;
  score: number;
}>;
