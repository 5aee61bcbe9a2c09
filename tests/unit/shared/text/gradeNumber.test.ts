import { describe, expect, it } from 'vitest';
import { numericGrade } from '../../../../shared/text';

describe('numericGrade', () => {
  it.each([
    ['26', 26],
    ['GS-12', 12],
    ['E 7', 7],
    ['18A', 18],
    ['Range 24', 24],
    ['Grade: 12.5', 12.5],
    ['Pay Grade 12', 12],
    ['NC09', 9],
    ['SEO', null],
    ['Exec', null],
    ['Unclassified Executive 3', null],
    [null, null],
  ])('%j → %j', (grade, expected) => {
    expect(numericGrade(grade)).toBe(expected);
  });
});
