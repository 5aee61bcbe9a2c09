import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../../../shared/compare';
import { buildCandidatesMatrix, typedPositionSpec, weighDuties } from '../../../../shared/study';
import {
  readSeed,
  REPRESENTATIVE_FILE,
  SECTION_CHIEF_FILE,
  SUPERVISING_POSITION,
  SUPERVISOR_FILE,
} from './studyFixture';

const representative = readSeed(REPRESENTATIVE_FILE);
const supervisor = readSeed(SUPERVISOR_FILE);
const sectionChief = readSeed(SECTION_CHIEF_FILE);
const candidates = [
  { specId: 'rep', spec: representative },
  { specId: 'sup', spec: supervisor },
  { specId: 'chief', spec: sectionChief },
];

describe('typed position description', () => {
  it('keeps each duty with its percent of time, and reads supervision from the summary', () => {
    const spec = typedPositionSpec(SUPERVISING_POSITION);
    expect(spec.duties.map((duty) => duty.percentTime)).toEqual([30, 20, 35, 15]);
    expect(spec.duties.map((duty) => spec.text.slice(duty.span.start, duty.span.end))).toEqual(
      SUPERVISING_POSITION.duties.map((duty) => duty.text),
    );
    expect(spec.factors.supervision_exercised?.label).toMatch(/supervisor/u);
  });

  it('weighs an imported document by the analyst’s percent of time, leaving unset duties as stated', () => {
    const weighed = weighDuties(representative, [50, null, 10]);
    expect(weighed.duties.slice(0, 3).map((duty) => duty.percentTime)).toEqual([50, undefined, 10]);
    expect(weighDuties(representative, [null])).toBe(representative);
  });
});

describe('candidates matrix', () => {
  const subject = typedPositionSpec(SUPERVISING_POSITION);
  const matrix = buildCandidatesMatrix(subject, candidates);

  it('has one column per candidate with coverage both ways and a verdict', () => {
    expect(matrix.columns.map((column) => column.specId)).toEqual(['rep', 'sup', 'chief']);
    for (const column of matrix.columns) {
      expect(column.positionInClass).toBeGreaterThanOrEqual(0);
      expect(column.positionInClass).toBeLessThanOrEqual(1);
      expect(['match', 'partial', 'no-match']).toContain(column.verdict);
    }
    expect(matrix.weightedByTime).toBe(true);
  });

  it('finds the supervising position better described by the Supervisor than by the Representative II', () => {
    const bySpec = Object.fromEntries(matrix.columns.map((column) => [column.specId, column]));
    expect(bySpec.sup?.positionInClass).toBeGreaterThan(bySpec.rep?.positionInClass ?? 1);
    expect(matrix.bestFitId).toBe('sup');
    expect(bySpec.rep?.unmatchedDuties).toContain(0);
  });

  it('sets each factor level of a candidate beside the subject’s', () => {
    const supervision = matrix.columns.map((column) => column.factors.supervision_exercised?.level);
    expect(supervision).toEqual([
      representative.factors.supervision_exercised?.level,
      supervisor.factors.supervision_exercised?.level,
      sectionChief.factors.supervision_exercised?.level,
    ]);
    expect(matrix.factorKeys).toContain('supervision_exercised');
    expect(matrix.columns[0]?.factors.supervision_exercised?.delta).toBe(
      (representative.factors.supervision_exercised?.level ?? 0) - (subject.factors.supervision_exercised?.level ?? 0),
    );
  });

  it('applies the analyst’s links to the candidate’s coverage', () => {
    const before = matrix.columns[0];
    const unmatched = before?.unmatchedDuties[0] as number;
    const linked = buildCandidatesMatrix(subject, [
      {
        specId: 'rep',
        spec: representative,
        overrides: [{ kind: 'link', a: unmatched, b: 6 }],
      },
    ]).columns[0];
    expect(linked?.unmatchedDuties).not.toContain(unmatched);
    expect(linked?.positionInClass).toBeGreaterThan(before?.positionInClass ?? 1);
  });

  it('costs ten candidates about ten comparisons, nothing more (the absolute figure is in the bench)', () => {
    const ten = Array.from({ length: 10 }, (_, index) => candidates[index % 3] as (typeof candidates)[number]).map(
      (candidate, index) => ({ ...candidate, specId: `c${index}` }),
    );
    buildCandidatesMatrix(subject, ten);
    let started = performance.now();
    for (const candidate of ten) compareSpecs(subject, candidate.spec);
    const comparisons = performance.now() - started;
    started = performance.now();
    buildCandidatesMatrix(subject, ten);
    expect(performance.now() - started).toBeLessThan(comparisons * 2 + 20);
  });
});
