import type { ClassSpec } from '../model';
import type { MatrixColumn } from '../study';
import {
  dutyRowKey,
  factorRowKey,
  FACTOR_NAMES,
  formatPercent,
  levelText,
  ROW_LABELS,
  sectionRowKey,
  VERDICT_TEXT,
  type AdjustedPair,
} from '../report';

export type StudyFactorRow = Readonly<{
  rowKey: string;
  noteNumbers: readonly number[];
  name: string;
  subject: string;
  candidate: string;
  change: string;
  evidence: string;
}>;
export type StudyDutyPairRow = Readonly<{
  rowKey: string;
  noteNumbers: readonly number[];
  subjectNumber: number | null;
  subjectText: string;
  percentTime: string;
  candidateNumber: number | null;
  candidateText: string;
  relation: string;
  reason: string;
}>;
export type StudyConceptRow = Readonly<{
  rowKey: string;
  noteNumbers: readonly number[];
  heading: string;
  subject: string;
  candidate: string;
}>;

export type CandidateSection = Readonly<{
  specId: string;
  title: string;
  roles: readonly string[];
  positionInClass: string;
  classInPosition: string;
  verdict: string;
  threshold: string;
  concept: readonly StudyConceptRow[];
  factors: readonly StudyFactorRow[];
  pairs: readonly StudyDutyPairRow[];
  /** Class duties the position does not perform. */
  classOnly: readonly string[];
}>;

const CONCEPT_KINDS = ['summary', 'distinguishing'] as const;

/** Why a pair reads as it does: the engine's own reason when it gives one, else the relation and its similarity. */
export function pairReason(pair: AdjustedPair): string {
  if (pair.linkedBy === 'analyst') return 'Linked by the analyst';
  const why = pair.why?.text.trim();
  if (why) return why;
  if (pair.a === null) return 'The position does not state this duty';
  if (pair.b === null) return 'No comparable duty in the class';
  const similarity = `${Math.round(pair.score * 100)}% similar wording`;
  if (pair.contained) return `${similarity}; one duty is a task the other lists`;
  return pair.kind === 'same' ? 'Same duty' : similarity;
}

const relationOf = (pair: AdjustedPair): string => {
  const labels = [
    ROW_LABELS[pair.kind].text,
    ...(pair.moved ? [ROW_LABELS.moved.text] : []),
    ...(pair.group ? [ROW_LABELS[pair.group].text] : []),
  ];
  return labels.join(', ').replace('Only in A', 'Not in the class');
};

function percentOf(spec: ClassSpec, index: number | null): string {
  const share = index === null ? undefined : spec.duties[index]?.percentTime;
  return share === undefined ? '' : `${share}%`;
}

/** Footnote numbers for the analyst's notes on one row (numbered as rows are printed). */
export type NoteRefs = (rowKey: string, place: string) => readonly number[];

/** The comparison of the position with one candidate, in the words the report prints. */
export function buildCandidateSection(
  subject: ClassSpec,
  candidate: ClassSpec,
  column: MatrixColumn,
  roles: readonly string[],
  refs: NoteRefs,
): CandidateSection {
  const title = candidate.title?.trim() || 'Untitled class';
  const { comparison } = column;
  const concept = CONCEPT_KINDS.flatMap((kind) =>
    comparison.sections
      .filter((pair) => pair.kind === kind)
      .map((pair) => {
        const heading = pair.b?.heading ?? pair.a?.heading ?? kind;
        return {
          rowKey: sectionRowKey(kind),
          noteNumbers: refs(sectionRowKey(kind), `${title}: ${heading}`),
          heading,
          subject: pair.a?.text ?? 'not stated',
          candidate: pair.b?.text ?? 'not stated',
        };
      }),
  );
  const factors = comparison.factors
    .filter((gap) => gap.a || gap.b)
    .map((gap) => ({
      rowKey: factorRowKey(gap.key),
      noteNumbers: refs(factorRowKey(gap.key), `${title}: ${FACTOR_NAMES[gap.key]}`),
      name: FACTOR_NAMES[gap.key],
      subject: gap.a ? `${levelText(gap.a.level, gap.a.scaleSize)} (${gap.a.label})` : 'not stated',
      candidate: gap.b ? `${levelText(gap.b.level, gap.b.scaleSize)} (${gap.b.label})` : 'not stated',
      change:
        gap.delta === null
          ? 'not comparable'
          : gap.delta === 0
            ? 'same level'
            : gap.delta > 0
              ? `class higher by ${gap.delta}`
              : `class lower by ${-gap.delta}`,
      evidence: gap.b?.text ?? '',
    }));
  const pairs = comparison.duties
    .filter((pair) => pair.a !== null)
    .map((pair) => ({
      rowKey: dutyRowKey(pair),
      noteNumbers: refs(
        dutyRowKey(pair),
        `${title}: position duty ${(pair.a ?? 0) + 1}${pair.b === null ? '' : ` ↔ class duty ${pair.b + 1}`}`,
      ),
      subjectNumber: pair.a === null ? null : pair.a + 1,
      subjectText: pair.a === null ? '' : (subject.duties[pair.a]?.text ?? ''),
      percentTime: percentOf(subject, pair.a),
      candidateNumber: pair.b === null ? null : pair.b + 1,
      candidateText: pair.b === null ? '' : (candidate.duties[pair.b]?.text ?? ''),
      relation: relationOf(pair),
      reason: pairReason(pair),
    }));
  const classOnly = comparison.duties
    .filter((pair) => pair.a === null && pair.b !== null)
    .map((pair) => candidate.duties[pair.b as number]?.text ?? '');
  return {
    specId: column.specId,
    title,
    roles,
    positionInClass: formatPercent(column.positionInClass),
    classInPosition: formatPercent(column.classInPosition),
    verdict: VERDICT_TEXT[column.verdict],
    threshold: formatPercent(comparison.coverage.threshold),
    concept,
    factors,
    pairs,
    classOnly,
  };
}
