import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import { readSpecFixture } from './fixtureText';
import { expectSpansMatch } from './specInvariants';

function garbage(length: number): string {
  let state = 12345;
  let value = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    value += String.fromCharCode(state % 256);
  }
  return value;
}

function largeSpec(): string {
  const paragraph = readSpecFixture('county-spec.txt');
  return paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length));
}

const hostile: readonly (readonly [string, string, readonly string[]])[] = [
  ['empty string', '', ['empty']],
  ['white space only', ' \n\t\n   \n', ['empty']],
  ['binary garbage', garbage(5000), ['unreadable']],
  ['only a title', 'Budget Analyst\n', ['no-sections', 'no-duties']],
  ['one very long line', 'word '.repeat(400_000), ['no-sections', 'no-duties']],
  ['a heading and nothing else', 'DUTIES:\n', ['no-title', 'no-duties']],
  ['unterminated markup', '**Job Title: \n## \n- \n1.\n\t\t\n(continued)\n', []],
];

describe.each(hostile)('%s', (_case, text, warningCodes) => {
  const spec = parseSpec(text);

  it('returns a record with its warnings instead of throwing', () => {
    for (const code of warningCodes) expect(spec.warnings.map((warning) => warning.code)).toContain(code);
    expect(spec.text).toBe(text);
  });

  it('keeps every span inside the text', () => {
    expectSpansMatch(spec);
  });
});

describe('a 2 MB text', () => {
  const text = largeSpec();
  const spec = parseSpec(text);

  it('is read whole, with spans inside it', () => {
    expect(text.length).toBeGreaterThan(2_000_000);
    expect(spec.sections.length).toBeGreaterThan(1000);
    expectSpansMatch(spec);
  });
});

describe('garbage never yields an empty record', () => {
  it('still reports a title or a warning for every input', () => {
    for (const text of ['???', '\u0000\u0001\u0002', '12345', '---\n***\n###']) {
      const spec = parseSpec(text);
      expect(spec.title !== null || spec.warnings.length > 0).toBe(true);
    }
  });
});
