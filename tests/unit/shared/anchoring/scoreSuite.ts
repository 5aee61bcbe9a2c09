import { createTarget, reanchorAll } from '../../../../shared/anchoring';
import type { EditCase, EditKind, Range } from './editSuite';

export type Outcome = 'right' | 'wrong' | 'orphaned';
export type KindFigures = { cases: number; right: number; wrong: number; orphaned: number; identical: number };
export type SuiteFigures = Readonly<{
  byKind: Readonly<Record<EditKind, KindFigures>>;
  /** Share of cases whose quote survived (all kinds but `deleted`) anchored to the right passage. */
  rightShare: number;
  /** Share of all cases anchored somewhere other than the right passage. */
  wrongShare: number;
  deletedOrphanedShare: number;
  unchangedIdenticalShare: number;
  failures: ReadonlyArray<Readonly<{ testCase: EditCase; outcome: Outcome; got: Range | null }>>;
}>;

/** Right passage: the anchored range covers at least half of where the quote went, and not much more (overlap / union ≥ 0.5). */
export function isSamePassage(got: Range, expected: Range): boolean {
  const overlap = Math.min(got.end, expected.end) - Math.max(got.start, expected.start);
  const union = Math.max(got.end, expected.end) - Math.min(got.start, expected.start);
  return overlap > 0 && overlap / union >= 0.5;
}

const emptyFigures = (): KindFigures => ({ cases: 0, right: 0, wrong: 0, orphaned: 0, identical: 0 });

export function scoreSuite(cases: readonly EditCase[]): SuiteFigures {
  const kinds: EditKind[] = ['unchanged', 'unrelated', 'reordered', 'typo', 'wordChanged', 'deleted', 'boilerplate'];
  const byKind = Object.fromEntries(kinds.map((kind) => [kind, emptyFigures()])) as Record<EditKind, KindFigures>;
  const failures: Array<{ testCase: EditCase; outcome: Outcome; got: Range | null }> = [];
  for (const testCase of cases) {
    const target = createTarget(testCase.oldText, testCase.annotation.start, testCase.annotation.end);
    if (!target) continue;
    const [result] = reanchorAll(testCase.oldText, testCase.newText, [target]);
    const got = result?.status === 'anchored' ? { start: result.start, end: result.end } : null;
    const figures = byKind[testCase.kind];
    figures.cases += 1;
    let outcome: Outcome;
    if (!got) outcome = 'orphaned';
    else outcome = testCase.expected && isSamePassage(got, testCase.expected) ? 'right' : 'wrong';
    figures[outcome] += 1;
    if (got && testCase.expected && got.start === testCase.expected.start && got.end === testCase.expected.end)
      figures.identical += 1;
    const expectedOutcome: Outcome = testCase.expected ? 'right' : 'orphaned';
    if (outcome !== expectedOutcome) failures.push({ testCase, outcome, got });
  }
  const surviving = kinds.filter((kind) => kind !== 'deleted').map((kind) => byKind[kind]);
  const sum = (list: KindFigures[], key: keyof KindFigures): number =>
    list.reduce((total, figures) => total + figures[key], 0);
  const all = kinds.map((kind) => byKind[kind]);
  return {
    byKind,
    rightShare: sum(surviving, 'right') / sum(surviving, 'cases'),
    wrongShare: sum(all, 'wrong') / sum(all, 'cases'),
    deletedOrphanedShare: byKind.deleted.orphaned / byKind.deleted.cases,
    unchangedIdenticalShare: byKind.unchanged.identical / byKind.unchanged.cases,
    failures,
  };
}
