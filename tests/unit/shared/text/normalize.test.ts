import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWhitespace } from '../../../../shared/text';

describe('normalizeText', () => {
  it.each([
    ['1. Prepares budget reports.', 'prepares budget reports'],
    ['• 3) Researches, analyzes; and RESOLVES', 'researches analyzes and resolves'],
    ['(a) Maintains the inventory', 'maintains the inventory'],
    ['iv. Reviews requisitions', 'reviews requisitions'],
    ["Customers' accounts — café", 'customers accounts cafe'],
    ['Works on e-mail / phone', 'works on e mail phone'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps a leading word that only looks like a list letter', () => {
    expect(normalizeText('A valid license is required')).toBe('a valid license is required');
  });

  it('treats numbering differences on several lines as noise', () => {
    expect(normalizeText('1. Plans work\n2. Trains staff')).toBe(normalizeText('a) Plans work\nb) Trains staff'));
  });
});

describe('normalizeWhitespace', () => {
  it('collapses wrapping and indentation', () => {
    expect(normalizeWhitespace('  Involves scheduling,\n   supervision  and\tevaluation ')).toBe(
      'Involves scheduling, supervision and evaluation',
    );
  });
});
