import { expect, it } from 'vitest';
import { highlightSegments, type Highlight } from '../../../../renderer/src/features/spec/highlightSegments';

const mark = (start: number, end: number, kind: Highlight['kind'] = 'duty'): Highlight => ({
  span: { start, end },
  kind,
  label: kind,
});
const render = (text: string, highlights: readonly Highlight[]): string =>
  highlightSegments(text, highlights)
    .map((segment) => (segment.highlight ? `[${segment.text}]` : segment.text))
    .join('');

it.each([
  ['no highlights', 'DUTIES: reads meters', [], 'DUTIES: reads meters'],
  ['one highlight in the middle', 'DUTIES: reads meters', [mark(8, 20)], 'DUTIES: [reads meters]'],
  ['given out of order', 'DUTIES: reads meters', [mark(8, 13), mark(0, 7, 'heading')], '[DUTIES:] [reads] meters'],
  ['overlap: the earlier one wins, the later is clipped', 'abcdefgh', [mark(0, 4), mark(2, 6)], '[abcd][ef]gh'],
  ['contained span is dropped inside a longer one', 'abcdefgh', [mark(0, 8), mark(2, 4)], '[abcdefgh]'],
  ['empty and out-of-range spans are ignored', 'abc', [mark(1, 1), mark(2, 99)], 'ab[c]'],
])('%s', (_case, text, highlights, expected) => {
  expect(render(text, highlights)).toBe(expected);
});

it('keeps every character exactly once', () => {
  const text = 'TITLE\nDuty one.\nDuty two.';
  const segments = highlightSegments(text, [mark(0, 5, 'field'), mark(6, 15), mark(10, 25)]);
  expect(segments.map((segment) => segment.text).join('')).toBe(text);
});
