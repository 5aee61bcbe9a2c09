import type { Duty } from '../model';
import {
  analyzeStatement,
  isCatchAllDuty,
  sharedTermSet,
  sharedWordsIn,
  type AnalyzedStatement,
  type AnalyzedText,
} from '../text';
import { activityProfile, sharedWork, type ActivityModel, type ActivityProfile } from './activities/activityModel';
import { compareDuties, vectorizeAnalysis, type DutyVector } from './dutySimilarity';
import { pairIdf, type IdfTable } from './idf';
import {
  COVERAGE_CREDIT,
  COVER_FULL_WORDS_MIN,
  COVER_SAME_WORDS_MIN,
  COVER_WORDS_MIN,
  COVER_WORK_MIN,
  WORK_EVIDENCE_MIN,
} from './thresholds';
import type { DutyCover } from './types';

/** One task of a duty: the whole statement, or one clause of a duty listing several. */
type Task = Readonly<{
  duty: number;
  lead: boolean;
  /** Word vector, made on first use: only the few tasks whose work agrees with a coverer's are compared by words. */
  vector: () => DutyVector;
  profile: ActivityProfile;
  terms: ReadonlySet<string>;
}>;

type Prepared = Readonly<{
  /** What can be covered: each clause of a multi-task duty (the first is its lead), else the whole duty. */
  tasks: readonly Task[];
  /** What can cover: every whole duty and every clause ("B has a duty or a clause doing the same work"). */
  coverers: readonly Task[];
}>;

function prepare(
  duties: readonly AnalyzedStatement[],
  idf: IdfTable,
  model: ActivityModel,
  catchAll: readonly boolean[],
): Prepared {
  const tasks: Task[] = [];
  const coverers: Task[] = [];
  const taskOf = (duty: number, lead: boolean, text: AnalyzedText): Task => {
    const profile = activityProfile(model, text.terms);
    let vector: DutyVector | undefined;
    return {
      duty,
      lead,
      vector: () => (vector ??= vectorizeAnalysis(text, idf)),
      profile,
      terms: new Set(text.terms),
    };
  };
  duties.forEach((duty, index) => {
    // A catch-all line ("Perform related duties as required") does no work to cover or be covered.
    if (catchAll[index]) return;
    const { whole, clauses } = duty;
    const wholeTask = taskOf(index, true, whole);
    coverers.push(wholeTask);
    if (clauses.length === 0) {
      tasks.push(wholeTask);
      return;
    }
    clauses.forEach((clause, position) => {
      const task = taskOf(index, position === 0, clause);
      tasks.push(task);
      coverers.push(task);
    });
  });
  return { tasks, coverers };
}

type Found = { credit: number; by: number; score: number; activity: number | null };

/** Words are needed on every path, so a coverer sharing no term with the task is passed over unscored. */
function sharedTermCount(task: Task, coverer: Task): number {
  let count = 0;
  for (const term of task.terms) if (coverer.terms.has(term)) count += 1;
  return count;
}

/**
 * Words alone need two shared terms: a duty with one content word ("Perform related duties as
 * required") is wholly inside any duty using that word, which says nothing about the work.
 */
const WORDS_ALONE_TERMS_MIN = 2;

/**
 * Each duty's best cover among the other side's duties and clauses: a task is done there when
 * its work activities and its words both agree with one duty or clause (see COVER_WORK_MIN), or
 * its words alone agree closely (COVER_SAME_WORDS_MIN).
 * A one-task duty so covered earns full credit when the words agree as well as a pairing needs
 * (COVER_FULL_WORDS_MIN), else a partial's; a multi-task duty the same for its lead task (the one
 * its further clauses elaborate) and a partial's credit for another task.
 */
function coversOf(covered: Prepared, covering: Prepared, wanted: (duty: number) => boolean): Map<number, Found> {
  const found = new Map<number, Found>();
  for (const task of covered.tasks) {
    if (!wanted(task.duty)) continue;
    let best = found.get(task.duty) ?? null;
    if (best && best.credit >= COVERAGE_CREDIT.same) continue;
    for (const coverer of covering.coverers) {
      const shared = sharedTermCount(task, coverer);
      if (shared === 0) continue;
      const work = sharedWork(task.profile, coverer.profile);
      const words = compareDuties(task.vector(), coverer.vector()).score;
      const sameWork = work.score >= COVER_WORK_MIN && words >= COVER_WORDS_MIN;
      if (!sameWork && (words < COVER_SAME_WORDS_MIN || shared < WORDS_ALONE_TERMS_MIN)) continue;
      const credit = task.lead && words >= COVER_FULL_WORDS_MIN ? COVERAGE_CREDIT.same : COVERAGE_CREDIT.partial;
      const score = sameWork ? (work.score + words) / 2 : words;
      // The activity is named only where it is evidence, as for a pair (pairReason).
      const activity = work.score >= WORK_EVIDENCE_MIN ? work.activity : null;
      if (!best || credit > best.credit || (credit === best.credit && score > best.score))
        best = { credit, by: coverer.duty, score, activity };
    }
    if (best) found.set(task.duty, best);
  }
  return found;
}

/**
 * Coverage that one-to-one pairing cannot show: duties doing the same work as a duty (or one task
 * of a run-on duty) of the other side that is already paired elsewhere, each with the evidence
 * (the shared activity where the work model is sure enough, the shared key terms). `credit` is each duty's
 * credit from its pairs; only duties it leaves short are looked at. Needs the work-activity model.
 */
export function measureWorkCover(
  a: readonly Duty[],
  b: readonly Duty[],
  credit: Readonly<{ a: ReadonlyMap<number, number>; b: ReadonlyMap<number, number> }>,
  model: ActivityModel,
  idf?: IdfTable,
): DutyCover[] {
  const short = (side: ReadonlyMap<number, number>) => (duty: number) => (side.get(duty) ?? 0) < COVERAGE_CREDIT.same;
  const analysesA = a.map((duty) => analyzeStatement(duty.text));
  const analysesB = b.map((duty) => analyzeStatement(duty.text));
  const table = pairIdf(idf, [...analysesA, ...analysesB]);
  const preparedA = prepare(
    analysesA,
    table,
    model,
    a.map((duty) => isCatchAllDuty(duty.text)),
  );
  const preparedB = prepare(
    analysesB,
    table,
    model,
    b.map((duty) => isCatchAllDuty(duty.text)),
  );
  const result: DutyCover[] = [];
  const sharedTerms = (side: 'a' | 'b', duty: number, by: number): string[] => {
    const own = (side === 'a' ? a : b)[duty]?.text ?? '';
    return sharedWordsIn(own, sharedTermSet(own, (side === 'a' ? b : a)[by]?.text ?? ''));
  };
  const add = (side: 'a' | 'b', found: Map<number, Found>, own: ReadonlyMap<number, number>) => {
    for (const [duty, cover] of [...found].sort(([x], [y]) => x - y)) {
      if (cover.credit <= (own.get(duty) ?? 0)) continue;
      result.push({
        side,
        duty,
        by: cover.by,
        credit: cover.credit,
        score: cover.score,
        activity: cover.activity === null ? null : (model.titles[cover.activity] ?? null),
        terms: sharedTerms(side, duty, cover.by),
      });
    }
  };
  add('a', coversOf(preparedA, preparedB, short(credit.a)), credit.a);
  add('b', coversOf(preparedB, preparedA, short(credit.b)), credit.b);
  return result;
}
