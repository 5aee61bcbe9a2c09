import { describe, expect, it } from 'vitest';
import type { SpecSummary } from '../../../../renderer/src/db/types';
import {
  collectEmployers,
  collectFamilies,
  filterClasses,
  NO_FILTER,
  type LibraryFilter,
} from '../../../../renderer/src/features/library/filterClasses';

const SERIES = [
  'Customer Service Representative I',
  'Customer Service Representative II',
  'Customer Service Supervisor',
];

const summary = (
  id: string,
  title: string,
  employer: string,
  gradeNumber: number | null,
  family: readonly string[] = [],
): SpecSummary => ({
  id,
  classKey: id,
  version: 1,
  isLatest: 1,
  sourceName: `${id}.txt`,
  importedAt: 0,
  employer,
  title,
  code: '',
  grade: gradeNumber === null ? '' : String(gradeNumber),
  gradeNumber,
  family,
  warnings: [],
});

const CLASSES = [
  summary('rep1', 'Customer Service Representative I', 'Houston', 12, SERIES),
  summary('rep2', 'Customer Service Representative II', 'Houston', 15, SERIES),
  summary('sup', 'Customer Service Supervisor', 'Houston', 18),
  summary('pdx', 'Customer Service Supervisor', 'Portland', null),
  summary('eng', 'Civil Engineer', 'Portland', 30),
];
const FAMILIES = collectFamilies(CLASSES);
const ids = (filter: Partial<LibraryFilter>, hits: Parameters<typeof filterClasses>[3] = null): string[] =>
  filterClasses(CLASSES, { ...NO_FILTER, ...filter }, FAMILIES, hits).map((item) => item.id);

describe('library filters', () => {
  it.each([
    ['no filter keeps everything in order', {}, ['rep1', 'rep2', 'sup', 'pdx', 'eng']],
    ['employer', { employer: 'Portland' }, ['pdx', 'eng']],
    ['lowest grade', { gradeMin: 15 }, ['rep2', 'sup', 'eng']],
    ['grade range excludes classes without a numeric grade', { gradeMin: 0, gradeMax: 18 }, ['rep1', 'rep2', 'sup']],
    ['employer and grade together', { employer: 'Houston', gradeMax: 12 }, ['rep1']],
    // A class belongs to a family it prints, or when its title is listed in one (same title elsewhere too).
    ['job family', { familyKey: FAMILIES[0]?.key ?? '' }, ['rep1', 'rep2', 'sup', 'pdx']],
    ['family and employer', { familyKey: FAMILIES[0]?.key ?? '', employer: 'Houston' }, ['rep1', 'rep2', 'sup']],
  ])('%s', (_case, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('with a search, shows only the hits, best first, still filtered', () => {
    const hits = [
      { id: 'eng', score: 9 },
      { id: 'sup', score: 5 },
      { id: 'gone', score: 4 },
      { id: 'rep1', score: 1 },
    ];
    expect(ids({}, hits)).toEqual(['eng', 'sup', 'rep1']);
    expect(ids({ employer: 'Houston' }, hits)).toEqual(['sup', 'rep1']);
  });

  it('offers each printed family once, labelled by its first and last class, and every employer', () => {
    expect(FAMILIES.map((family) => family.label)).toEqual([
      'Customer Service Representative I … Customer Service Supervisor (3 classes)',
    ]);
    expect(collectEmployers(CLASSES)).toEqual(['Houston', 'Portland']);
  });
});
