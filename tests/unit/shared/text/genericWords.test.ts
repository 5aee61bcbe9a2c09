import { describe, expect, it } from 'vitest';
import { GENERIC_WORDS, genericShareOf, termsOf } from '../../../../shared/text';

const shareOfWord = (word: string) => genericShareOf(termsOf(word)[0] ?? '');

describe('generic class-spec vocabulary', () => {
  it('knows the words every class spec uses, under every form and synonym termsOf gives them', () => {
    for (const word of [
      'performs',
      'work',
      'staff',
      'employees',
      'personnel',
      'city',
      'department',
      'activities',
      'ensures',
    ])
      expect(shareOfWord(word)).toBeGreaterThan(0);
  });

  it('ranks the commonest words above the merely common', () => {
    expect(shareOfWord('performs')).toBeGreaterThan(shareOfWord('reports'));
  });

  it('leaves occupation words and level words alone', () => {
    for (const word of ['payroll', 'invoices', 'hydrants', 'patrols', 'complex', 'difficult', 'routine'])
      expect(shareOfWord(word)).toBe(0);
  });

  it('stores shares between 0 and 1', () => {
    expect([...GENERIC_WORDS.values()].every((share) => share > 0 && share < 1)).toBe(true);
  });
});
