import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import { allSpecTexts } from './fixtureText';
import { expectSpansMatch } from './specInvariants';

describe.each(allSpecTexts())('spans of %s', (_name, text) => {
  const spec = parseSpec(text);

  it('returns the input text every span points into', () => {
    expect(spec.text).toBe(text);
  });

  it('covers exactly the values it claims', () => {
    expectSpansMatch(spec);
  });

  it('keeps sections and duties in document order', () => {
    const starts = spec.sections.map((section) => section.headingSpan.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const dutyStarts = spec.duties.map((duty) => duty.span.start);
    expect(dutyStarts).toEqual([...dutyStarts].sort((a, b) => a - b));
  });
});
