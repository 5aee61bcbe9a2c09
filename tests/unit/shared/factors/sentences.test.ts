import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../shared/factors/sentences';

describe('splitSentences', () => {
  it('splits on sentence ends but not inside i.e., e.g. or a mid-sentence etc.', () => {
    const text = 'Interaction requires tact; e.g., scheduling, i.e. calendars, etc. and more. Walking, standing, etc. Errors are minor. Work is routine';
    expect(splitSentences({ text, offset: 0 }).map((sentence) => sentence.text)).toEqual([
      'Interaction requires tact;',
      'e.g., scheduling, i.e. calendars, etc. and more.',
      'Walking, standing, etc.',
      'Errors are minor.',
      'Work is routine',
    ]);
  });

  it('ends a sentence at a heading line and places spans in the spec', () => {
    const text = 'Direct Supervision:\n  May function in a lead capacity.';
    const [heading, body] = splitSentences({ text, offset: 100 });
    expect(heading?.text).toBe('Direct Supervision:');
    expect(body).toEqual({ text: 'May function in a lead capacity.', span: { start: 122, end: 154 } });
  });
});
