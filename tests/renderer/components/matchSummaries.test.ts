import { describe, expect, it } from 'vitest';
import type { SpecSummary } from '../../../renderer/src/db/types';
import { matchSummaries } from '../../../renderer/src/components/matchSummaries';

const summary = (id: string, title: string, code: string, employer: string): SpecSummary => ({
  id, classKey: id, version: 1, isLatest: 1, sourceName: `${id}.txt`, importedAt: 0, employer, title, code, grade: '', gradeNumber: null, family: [], warnings: [],
});

const library = [
  summary('1', 'Customer Service Supervisor', '886.7', 'City of Houston'),
  summary('2', 'Customer Service Supervisor', '30000445', 'City of Portland'),
  summary('3', 'Assistant Customer Service Manager', '887.0', 'City of Houston'),
  summary('4', 'Supervisor of Customer Accounts', '12', 'County'),
];

describe('matchSummaries', () => {
  it.each<[string, string[]]>([
    ['supervisor houston', ['1']],
    ['886.7', ['1']],
    ['PORTLAND', ['2']],
    ['customer service', ['1', '2', '3']],
    ['supervisor', ['4', '1', '2']],
    ['nothing like this', []],
  ])('%j finds %j (title prefix first)', (query, ids) => {
    expect(matchSummaries(library, query, 10).map((found) => found.id)).toEqual(ids);
  });

  it('returns at most the limit', () => {
    expect(matchSummaries(library, '', 2)).toHaveLength(2);
  });
});
