import { describe, expect, it } from 'vitest';
import { diffText } from '../../../../shared/diff';
import type { TextDiff } from '../../../../shared/diff';

function sides(diff: TextDiff): Readonly<{ a: string; b: string }> {
  const a = diff.changes
    .filter((change) => change.kind !== 'added')
    .map((change) => change.text)
    .join('');
  const b = diff.changes
    .filter((change) => change.kind !== 'removed')
    .map((change) => change.text)
    .join('');
  return { a, b };
}

function pseudoRandomWords(count: number, seed: number): string {
  const vocabulary =
    'supervise train review customer complaint budget report meter billing account staff schedule policy'.split(' ');
  let state = seed;
  const words: string[] = [];
  for (let index = 0; index < count; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(vocabulary[state % vocabulary.length] ?? '');
    if (index % 12 === 11) words.push('\n');
  }
  return words.join(' ');
}

describe('diffText', () => {
  it('marks the changed words only', () => {
    const diff = diffText('Supervises clerical staff daily.', 'Supervises technical staff daily.');
    expect(diff.granularity).toBe('words');
    expect(diff.changes).toEqual([
      { kind: 'same', text: 'Supervises ' },
      { kind: 'removed', text: 'clerical' },
      { kind: 'added', text: 'technical' },
      { kind: 'same', text: ' staff daily.' },
    ]);
  });

  it.each([
    ['', ''],
    ['same text', 'same text'],
    ['', 'only b'],
    ['only a', ''],
    ['Plans, organizes and evaluates work.', 'Evaluates and plans the work of staff.'],
  ])('rebuilds both sides exactly (%j → %j)', (a, b) => {
    expect(sides(diffText(a, b))).toEqual({ a, b });
  });

  it('falls back to a line diff when the word diff runs out of time', () => {
    const a = pseudoRandomWords(3000, 1);
    const b = pseudoRandomWords(3000, 2);
    const diff = diffText(a, b, { timeoutMs: 0 });
    expect(diff.granularity).not.toBe('words');
    expect(sides(diff)).toEqual({ a, b });
  });

  it('gives up to whole-text replacement when even lines take too long', () => {
    let clock = 0;
    const a = pseudoRandomWords(20000, 3);
    const b = pseudoRandomWords(20000, 4);
    const diff = diffText(a, b, { timeoutMs: 0, now: () => (clock += 1000) });
    expect(['lines', 'whole']).toContain(diff.granularity);
    expect(sides(diff)).toEqual({ a, b });
  });
});
