import { describe, expect, it } from 'vitest';
import {
  addToSpecIndex,
  createSpecIndex,
  indexedCount,
  removeFromSpecIndex,
  searchSpecIndex,
  toSearchDocument,
  type SearchDocument,
} from '../../../../shared/search';
import { buildSpec } from '../../../fixtures/compare/buildSpec';

const doc = (id: string, title: string, duties: readonly string[], code = ''): SearchDocument => ({
  ...toSearchDocument(id, { ...buildSpec({ title, duties }), code }),
});

const LIBRARY = [
  doc('tech', 'Technical Writer', ['Writes technical manuals.'], '3300'),
  doc(
    'reader',
    'Water Meter Reader',
    ['Reads residential water meters on an assigned route.', 'Records readings in a handheld device.'],
    '4410',
  ),
  doc(
    'supervisor',
    'Customer Service Supervisor',
    ['Supervises staff handling billing complaints.', 'May direct meter reading operations.'],
    '886.7',
  ),
  doc('clerk', 'Accounting Clerk', ['Posts payments to customer accounts.', 'Reconciles daily deposits.'], '1020'),
  doc('engineer', 'Civil Engineer', ['Designs water distribution systems.', 'Reviews contractor plans.'], '7001'),
];

function library() {
  const index = createSpecIndex();
  addToSpecIndex(index, LIBRARY);
  return index;
}

const ids = (query: string, index = library()): string[] => searchSpecIndex(index, query).map((hit) => hit.id);

describe('spec search index', () => {
  it.each([
    ['a duty word finds every class whose duties mention it', 'meter', ['reader', 'supervisor']],
    ['prefixes match while typing', 'superv', ['supervisor']],
    ['a typo in a longer word still matches', 'acounting', ['clerk']],
    ['a class code finds its class', '7001', ['engineer']],
    ['all words must match', 'water designs', ['engineer']],
    ['only the last word is a prefix', 'superv staff', []],
    ['one typo is forgiven, two are not', 'acountting', []],
  ])('%s', (_case, query, expected) => {
    expect(ids(query).sort()).toEqual([...expected].sort());
  });

  it('does not stretch a word into a different one', () => {
    expect(ids('technician')).toEqual([]);
    expect(ids('technical')).toEqual(['tech']);
  });

  it('ranks a title match above a mention in the duties', () => {
    expect(ids('meter')).toEqual(['reader', 'supervisor']);
  });

  it('finds nothing for an empty query or an unknown word', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('xylophone')).toEqual([]);
  });

  it('takes additions and removals without a rebuild', () => {
    const index = library();
    addToSpecIndex(index, [doc('inspector', 'Meter Inspector', ['Inspects meter installations.'])]);
    expect(ids('inspector', index)).toEqual(['inspector']);
    removeFromSpecIndex(index, ['reader', 'unknown-id']);
    expect(ids('meter', index).sort()).toEqual(['inspector', 'supervisor']);
    expect(indexedCount(index)).toBe(5);
  });

  it('re-adding an id replaces its old text', () => {
    const index = library();
    addToSpecIndex(index, [doc('clerk', 'Payroll Clerk', ['Processes payroll.'])]);
    expect(ids('accounting', index)).toEqual([]);
    expect(ids('payroll', index)).toEqual(['clerk']);
    expect(indexedCount(index)).toBe(5);
  });
});
