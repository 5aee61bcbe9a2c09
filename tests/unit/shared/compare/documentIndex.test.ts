import { describe, expect, it } from 'vitest';
import { buildDocumentIndex, crowdingOf, documentCosines } from '../../../../shared/compare/documentIndex';

const sibling = (subject: string) => [
  `Prepares and delivers lectures on ${subject} to undergraduate students.`,
  'Evaluates and grades students’ class work, assignments and papers.',
  'Maintains student attendance records, grades and other required records.',
];
const library = [
  sibling('economics'),
  sibling('political theory'),
  sibling('forestry'),
  sibling('criminal justice'),
  ['Locates and repairs leaks in water service lines.', 'Flushes hydrants and exercises valves on a schedule.'],
  ['Reconciles payroll accounts and answers staff questions about paychecks.'],
];

describe('documentCosines', () => {
  it('scores each class by its shared wording with the texts, 1 for the same text', () => {
    const index = buildDocumentIndex(library);
    const cosines = documentCosines(
      index,
      library[4]!.map((text) => ({ text, weight: 1 })),
    );
    expect(cosines[4]).toBeCloseTo(1, 6);
    expect(cosines[5]).toBe(0);
  });
});

describe('crowdingOf', () => {
  it('is high for a class among sibling specs worded alike and zero for a class sharing no word', () => {
    const index = buildDocumentIndex(library);
    expect(crowdingOf(index, 5)).toBe(0);
    expect(crowdingOf(index, 0)).toBeGreaterThan(crowdingOf(index, 4) + 0.2);
  });

  it('leaves out the class it is told to (the query’s own entry)', () => {
    const index = buildDocumentIndex([...library, sibling('economics')]);
    const withTwin = crowdingOf(index, 0);
    expect(crowdingOf(index, 0, library.length)).toBeLessThan(withTwin);
    expect(crowdingOf(index, 0)).toBe(withTwin);
  });
});
