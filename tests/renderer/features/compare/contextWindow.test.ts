import { describe, expect, it } from 'vitest';
import { contextWindow } from '../../../../renderer/src/features/compare/contextWindow';

const text = 'alpha beta gamma EVIDENCE delta epsilon zeta';
const start = text.indexOf('EVIDENCE');
const span = { start, end: start + 'EVIDENCE'.length };
const cut = (chars: number): string => {
  const { from, to } = contextWindow(text, span, chars);
  return text.slice(from, to);
};

describe('contextWindow', () => {
  it.each<[number, string]>([
    [100, text],
    [9, 'gamma EVIDENCE delta'],
    [12, 'beta gamma EVIDENCE delta'],
    [8, 'gamma EVIDENCE delta'],
    [14, 'beta gamma EVIDENCE delta'],
    [0, 'EVIDENCE'],
  ])('with %i characters either side shows %j', (chars, expected) => {
    expect(cut(chars).trim()).toBe(expected);
  });
});
