import { describe, expect, it } from 'vitest';
import { literalTermsOf, termsOf, wordsOf } from '../../../../shared/text';
import { SYNONYM_GROUPS, canonicalStem } from '../../../../shared/text/synonyms';
import { stemmer } from 'stemmer';

describe('termsOf', () => {
  it('drops stop words and filler, stems what is left', () => {
    expect(termsOf('May perform various related duties as assigned, etc.')).toEqual(['perform']);
  });

  it.each([
    ['Supervises employees', 'Oversees staff'],
    ['Trains new personnel', 'Coaches new workers'],
    ['Resolves complaints', 'Handles grievances'],
    ['Assists the public', 'Helps citizens'],
    ['Prepares reports', 'Develops reports'],
    ['Reviews applications', 'Evaluates applications'],
    ['Analyzes data', 'Performs analysis of information'],
  ])('maps "%s" and "%s" to shared terms', (a, b) => {
    const shared = termsOf(a).filter((term) => termsOf(b).includes(term));
    expect(shared.length).toBeGreaterThanOrEqual(Math.min(termsOf(a).length, 2));
  });

  it('keeps unrelated words apart', () => {
    expect(termsOf('Operates a forklift').some((term) => termsOf('Prepares a budget').includes(term))).toBe(false);
  });
});

describe('synonym table', () => {
  it('maps every word of a group to the stem of its first word', () => {
    for (const group of SYNONYM_GROUPS) {
      const head = stemmer(group[0] ?? '');
      for (const word of group) expect(canonicalStem(stemmer(word)), `${word} in ${group[0]}`).toBe(head);
    }
  });

  it('gives each stem one group only', () => {
    const owner = new Map<string, string>();
    for (const group of SYNONYM_GROUPS) {
      for (const word of group) {
        const stem = stemmer(word);
        const previous = owner.get(stem);
        expect(previous === undefined || previous === group[0], `${word}: ${previous} vs ${group[0]}`).toBe(true);
        owner.set(stem, group[0] ?? '');
      }
    }
  });
});

describe('wordsOf / literalTermsOf', () => {
  it('returns nothing for blank text', () => {
    expect(wordsOf('  • ')).toEqual([]);
  });

  it('stems without mapping synonyms', () => {
    expect(literalTermsOf('Oversees staff')).toEqual(['overse', 'staff']);
  });
});
