import { describe, expect, it } from 'vitest';
import type { SpecSummary } from '../../../renderer/src/db/types';
import { matchSummaries, summaryLabel } from '../../../renderer/src/components/matchSummaries';

const summary = (id: string, title: string, code: string, employer: string): SpecSummary => ({
  id,
  classKey: id,
  version: 1,
  isLatest: 1,
  sourceName: `${id}.txt`,
  importedAt: 0,
  employer,
  title,
  code,
  grade: '',
  gradeNumber: null,
  family: [],
  warnings: [],
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

  it('lists older versions of a class after the latest, labelled as older', () => {
    const latest = { ...summary('v2', 'Meter Reader', '4410', 'City of Springfield'), version: 2 };
    const older = { ...latest, id: 'v1', version: 1, isLatest: 0 as const };
    const found = matchSummaries([older, latest], 'meter', 10);
    expect(found.map((item) => item.id)).toEqual(['v2', 'v1']);
    expect(found.map(summaryLabel)).toEqual([
      'Meter Reader (4410) — City of Springfield · version 2 (latest)',
      'Meter Reader (4410) — City of Springfield · older version 1',
    ]);
    expect(summaryLabel(library[0] as SpecSummary)).not.toMatch(/version/u);
  });
});
