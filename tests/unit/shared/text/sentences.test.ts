import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../../shared/factors/sentences';
import { splitSentences } from '../../../../shared/text';

const sentences = (text: string, atClauses = false): string[] =>
  splitSentences(text, { start: 0, end: text.length }, { atClauses }).map((range) =>
    text.slice(range.start, range.end),
  );

describe('splitSentences', () => {
  it.each([
    ['a full stop before a capital', 'Reviews plans. Prepares reports.', ['Reviews plans.', 'Prepares reports.']],
    [
      'not after e.g., i.e., No. or an initial',
      'Uses tools, e.g. Excel. See No. 4 by J. Smith. Done.',
      ['Uses tools, e.g. Excel.', 'See No. 4 by J. Smith.', 'Done.'],
    ],
    [
      'not inside a dotted acronym',
      'Follows U.S. Department rules. Done.',
      ['Follows U.S. Department rules.', 'Done.'],
    ],
    [
      'etc. ends a sentence when a capital follows, not before lower case',
      'Files, forms, etc. and more. Walking, standing, etc. Errors are minor.',
      ['Files, forms, etc. and more.', 'Walking, standing, etc.', 'Errors are minor.'],
    ],
    [
      'a full stop before lower case does not end it',
      'Earns approx. ten points. ok.',
      ['Earns approx. ten points. ok.'],
    ],
    [
      'blank lines and list items end it, markers dropped',
      'Duties include\n• Reads meters\n• Posts readings\n\nNext part',
      ['Duties include', 'Reads meters', 'Posts readings', 'Next part'],
    ],
    ['question and exclamation marks', 'Why? Because! Yes.', ['Why?', 'Because!', 'Yes.']],
  ])('%s', (_case, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('by clause, also ends at a semicolon and at a colon closing a line', () => {
    expect(
      sentences('Requires tact; e.g., scheduling, i.e. calendars.\nDirect Supervision:\n  May lead others.', true),
    ).toEqual(['Requires tact;', 'e.g., scheduling, i.e. calendars.', 'Direct Supervision:', 'May lead others.']);
    expect(sentences('Requires tact; listens to staff\nDirect Supervision:\n  may lead.')).toEqual([
      'Requires tact; listens to staff\nDirect Supervision:\n  may lead.',
    ]);
  });

  it('keeps to the range it is given', () => {
    const text = 'Intro. Reviews plans. Prepares reports. Outro.';
    const ranges = splitSentences(text, { start: 7, end: 39 });
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['Reviews plans.', 'Prepares reports.']);
  });
});

describe('sentencesOf (factor reading)', () => {
  it('gives each clause with its span in the spec', () => {
    const text = 'Direct Supervision:\n  May function in a lead capacity.';
    const [heading, body] = sentencesOf({ text, offset: 100 });
    expect(heading?.text).toBe('Direct Supervision:');
    expect(body).toEqual({ text: 'May function in a lead capacity.', span: { start: 122, end: 154 } });
  });
});
