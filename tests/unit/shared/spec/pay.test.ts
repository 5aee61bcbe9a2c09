import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';

const lines = (...rows: string[]) => rows.join('\n');

describe('pay', () => {
  it("takes a bulletin's first annual salary line as its pay when no grade is printed", () => {
    const spec = parseSpec(
      lines(
        'ACCOUNTING CLERK',
        '',
        '$21.50 - $26.10 Hourly',
        '$3,726 - $4,524 Monthly',
        '$44,720 - $54,288 Annually',
        '',
        'DUTIES:',
        '• Posts entries.',
      ),
    );
    expect({ grade: spec.grade, salaryRange: spec.salaryRange }).toEqual({
      grade: null,
      salaryRange: '$44,720 - $54,288 Annually',
    });
    const labelled = parseSpec(
      lines('Salary: $20.00 - $25.00 per hour; $41,600 - $52,000 per year', '', 'DUTIES:', '• Posts entries.'),
    );
    expect(labelled.salaryRange).toBe('$41,600 - $52,000 per year');
  });

  it('keeps the only range printed, hourly or not', () => {
    expect(
      parseSpec(lines('Salary: $20-23/hr, depending on experience', '', 'DUTIES:', '• Curates specimens.')).salaryRange,
    ).toBe('$20-23/hr');
  });

  it('reads the pay plan of a federal or public-service grade and of a Pay Plan field, and none for a bare number', () => {
    expect(parseSpec(lines('Series/Grade: GS-0343-12', '', 'MAJOR DUTIES:', 'Plans studies.')).payPlan).toBe('GS');
    expect(parseSpec(lines('# Head of Software Development', '', 'This role is classified as a CS-05.')).payPlan).toBe(
      'CS',
    );
    expect(parseSpec(lines('Pay Plan: Temp', 'Salary: $20-23/hr', '', 'DUTIES:', '• Curates specimens.')).payPlan).toBe(
      'Temp',
    );
    expect(parseSpec(lines('Pay Grade: 18', '', 'DUTIES:', '• Posts entries.')).payPlan).toBeNull();
  });
});
