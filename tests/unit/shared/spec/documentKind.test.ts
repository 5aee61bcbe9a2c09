import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import type { DocumentKind } from '../../../../shared/model';

const classBlock = (title: string, code: string) =>
  `Class Title: ${title}\nClass Code: ${code}\n\nDUTIES:\n\n- Reviews reports.\n`;
const payStep = (step: number) => `Step ${step}\t$${50 + step},000 - $${52 + step},000`;

describe('document kind', () => {
  it.each<[string, string, DocumentKind, string | null]>([
    [
      'several Class Title blocks',
      `${classBlock('Clerk I', '101')}\n${classBlock('Clerk II', '102')}`,
      'series',
      'multiple-classes',
    ],
    [
      'Level I / Level II headings',
      'Engineer Series\n\nDUTIES:\n\n- Designs.\n\nLEVEL I\n\nEntry level.\n\nLEVEL II\n\nJourney level.\n',
      'series',
      'multiple-classes',
    ],
    [
      'one class with a family list of levels',
      'Clerk II\n\nDUTIES:\n\n- Files.\n\nJOB FAMILY:\n\nClerk I\nClerk II\nClerk III\n',
      'class',
      null,
    ],
    ['a bulletin with one closing date', 'Clerk\n\nClosing Date: May 1\n\nDUTIES:\n\n- Files.\n', 'class', null],
    [
      'a pay-step table beside the duties',
      `Clerk\n\nDUTIES:\n\n- Files.\n\nSALARY:\n\n${[1, 2, 3, 4, 5].map(payStep).join('\n')}\n`,
      'class',
      null,
    ],
    [
      'a weekly list of openings',
      [
        'CLERK\nSalary: $40,000 - $50,000\nClosing Date: May 1',
        'DRIVER\nSalary: $42,000 - $52,000\nClosing Date: May 8',
        'COOK\nSalary: $38,000 - $44,000\nClosing Date: May 9',
      ].join('\n\n'),
      'job_list',
      'job-list',
    ],
  ])('%s → %s', (_case, text, kind, warningCode) => {
    const spec = parseSpec(text);
    expect(spec.documentKind).toBe(kind);
    const codes = spec.warnings.map((warning) => warning.code);
    if (warningCode === null) expect(codes).not.toContain('multiple-classes');
    else expect(codes).toContain(warningCode);
  });

  it('keeps the first title and every heading, but no duties of one level', () => {
    const spec = parseSpec(`${classBlock('Clerk I', '101')}\n${classBlock('Clerk II', '102')}`);
    expect(spec.title).toBe('Clerk I');
    expect(spec.sections.map((section) => section.heading)).toEqual(['DUTIES:', 'DUTIES:']);
    expect(spec.duties).toEqual([]);
    expect(spec.code).toBeNull();
  });
});
