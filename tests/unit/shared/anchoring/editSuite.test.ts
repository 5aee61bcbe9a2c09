import { beforeAll, describe, expect, it } from 'vitest';
import { buildEditSuite, type EditCase } from './editSuite';
import { scoreSuite, type SuiteFigures } from './scoreSuite';

describe('re-anchoring on the edit suite (real specs, six kinds of seeded edits)', () => {
  let cases: EditCase[];
  let figures: SuiteFigures;
  beforeAll(async () => {
    cases = await buildEditSuite(8, 12);
    figures = scoreSuite(cases);
  }, 120_000);

  it('covers every kind of edit over many documents', () => {
    for (const figuresOfKind of Object.values(figures.byKind)) expect(figuresOfKind.cases).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((testCase) => testCase.document)).size).toBeGreaterThanOrEqual(20);
  });

  it('anchors at least 95% of surviving quotes to the right passage', () => {
    expect(figures.rightShare).toBeGreaterThanOrEqual(0.95);
  });

  it('anchors at most 1% anywhere else', () => {
    expect(figures.wrongShare).toBeLessThanOrEqual(0.01);
  });

  it('orphans at least 99% of deleted quotes', () => {
    expect(figures.deletedOrphanedShare).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps identical offsets on an unchanged version', () => {
    expect(figures.unchangedIdenticalShare).toBe(1);
  });

  it('does not follow a repeated boilerplate sentence to its new copy', () => {
    expect(figures.byKind.boilerplate.wrong).toBe(0);
    expect(figures.byKind.boilerplate.right / figures.byKind.boilerplate.cases).toBeGreaterThanOrEqual(0.95);
  });
});
