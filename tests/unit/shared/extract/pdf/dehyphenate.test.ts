import { describe, expect, it } from 'vitest';
import { joinHyphenated, vocabularyOf } from '../../../../../shared/extract/pdf/dehyphenate';

describe('joinHyphenated', () => {
  it.each([
    [
      'a suffix continues the word',
      'Assists in manage-',
      'ment of the unit',
      [],
      ['Assists in management', 'of the unit'],
    ],
    [
      'the document spells the word whole elsewhere',
      'Prepares the bud-',
      'get each year',
      ['budget'],
      ['Prepares the budget', 'each year'],
    ],
    [
      'the document spells it with a hyphen',
      'Schedules follow-',
      'up visits',
      ['follow-up'],
      ['Schedules follow-up', 'visits'],
    ],
    ['an unknown compound keeps its hyphen', 'Uses self-', 'directed teams', [], ['Uses self-directed', 'teams']],
    ['punctuation after the second part stays with it', 'for manage-', 'ment.', [], ['for management.', '']],
  ])('%s', (_name, line, next, known, expected) => {
    expect(joinHyphenated(line, next, vocabularyOf(known))).toEqual(expected);
  });

  it.each([
    ['a dash after a space', 'Duties -', 'reviews'],
    ['a capitalised next line (a new item)', 'Level II-', 'Supervises'],
  ])('leaves %s alone', (_name, line, next) => {
    expect(joinHyphenated(line, next, vocabularyOf([]))).toBeNull();
  });
});
