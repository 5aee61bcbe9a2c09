import { describe, expect, it } from 'vitest';
import { findFamily } from '../../../../renderer/src/features/series/familyMembers';
import type { FamilyGroup } from '../../../../renderer/src/features/library/filterClasses';

const group = (titles: readonly string[]): FamilyGroup => ({
  key: titles.map((title) => title.toLowerCase()).join('|'),
  label: titles[0] ?? '',
  titles: new Set(titles.map((title) => title.toLowerCase())),
});

const customerService = group([
  'Customer Service Representative I',
  'Customer Service Supervisor',
  'Customer Service Manager',
]);
const accounting = group(['Accounting Clerk', 'Accountant', 'Accounting Supervisor']);
const supervisors = group(['Customer Service Supervisor', 'Customer Service Director']);

describe('findFamily', () => {
  it.each([
    ['the family key', customerService.key, customerService],
    ['the first title, in any case and spacing', '  ACCOUNTING   clerk ', accounting],
    ['a listed title, preferring the family it opens', 'Customer Service Supervisor', supervisors],
    ['a title only one family lists', 'Customer Service Manager', customerService],
    ['a title no family lists', 'Fleet Mechanic', undefined],
    ['nothing', undefined, undefined],
  ])('finds it by %s', (_case, wanted, expected) => {
    expect(findFamily([customerService, accounting, supervisors], wanted)).toBe(expected);
  });
});
