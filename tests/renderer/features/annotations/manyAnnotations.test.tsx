import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import { AnnotationViewContext } from '../../../../renderer/src/features/annotations/annotationContext';
import type { AnnotationMark } from '../../../../renderer/src/features/annotations/passageSegments';
import { DutyList } from '../../../../renderer/src/features/spec/DutyList';
import { OriginalText } from '../../../../renderer/src/features/spec/OriginalText';

const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

describe('a spec with 500 annotations', () => {
  it('draws every highlight once, numbered in document order, in both views, quickly', () => {
    const verbs = ['Supervises', 'Reviews', 'Prepares', 'Coordinates', 'Monitors'];
    const dutyTexts = Array.from(
      { length: 120 },
      (_, index) =>
        `${verbs[index % 5]} customer service work of unit ${index + 1}, including billing records and complaints.`,
    );
    const spec = buildSpec({
      title: 'Customer Service Supervisor',
      summary: 'Supervises a customer service unit.',
      duties: dutyTexts,
    });
    const words = [...spec.text.matchAll(/\p{L}{4,}/gu)];
    const step = Math.floor(words.length / 500);
    const marks: AnnotationMark[] = Array.from({ length: 500 }, (_, index) => {
      const word = words[index * step];
      const start = word?.index ?? 0;
      return {
        id: index + 1,
        start,
        end: start + (word?.[0].length ?? 1),
        color: COLORS[index % 4] ?? 'yellow',
        note: `note ${index + 1}`,
        number: index + 1,
      };
    });
    const started = performance.now();
    const { container, unmount } = render(
      <AnnotationViewContext.Provider value={{ text: spec.text, marks }}>
        <OriginalText spec={spec} />
      </AnnotationViewContext.Provider>,
    );
    const elapsed = performance.now() - started;
    const numbered = [...container.querySelectorAll('mark.annotation[data-number]')];
    expect(numbered).toHaveLength(500);
    expect(numbered.map((mark) => Number(mark.getAttribute('data-number')))).toEqual(marks.map((mark) => mark.number));
    expect(numbered[7]?.textContent).toBe(spec.text.slice(marks[7]?.start, marks[7]?.end));
    expect(container.querySelector('pre')?.textContent).toBe(spec.text);
    // Generous for a loaded CI machine (about 0.3 s alone): it fails only if drawing becomes quadratic.
    expect(elapsed).toBeLessThan(8000);
    unmount();

    const duties = render(
      <AnnotationViewContext.Provider value={{ text: spec.text, marks }}>
        <DutyList duties={spec.duties} />
      </AnnotationViewContext.Provider>,
    );
    const inDuties = marks.filter((mark) =>
      spec.duties.some((duty) => duty.span.start <= mark.start && mark.end <= duty.span.end),
    );
    expect(inDuties.length).toBeGreaterThan(20);
    expect(duties.container.querySelectorAll('mark.annotation').length).toBeGreaterThanOrEqual(inDuties.length * 0.9);
  });
});
