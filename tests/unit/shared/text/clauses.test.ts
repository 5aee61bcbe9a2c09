import { describe, expect, it } from 'vitest';
import { analyzeClauses, splitClauses } from '../../../../shared/text';

describe('splitClauses', () => {
  it.each([
    [
      'Supervises staff; prepares the annual budget; represents the division.',
      ['Supervises staff', 'prepares the annual budget', 'represents the division.'],
    ],
    [
      'Assigns research of customer problems. Assists with complex inquiries.',
      ['Assigns research of customer problems.', 'Assists with complex inquiries.'],
    ],
    [
      'Prepares reports on timekeeping, equipment and services.',
      ['Prepares reports on timekeeping, equipment and services.'],
    ],
    [
      'Resolves problems by phone, email, in person, i.e. phone, etc. as needed.',
      ['Resolves problems by phone, email, in person, i.e. phone, etc. as needed.'],
    ],
    ['Enforces the U.S. Code provisions; files reports.', ['Enforces the U.S. Code provisions', 'files reports.']],
    ['Maintains records;;  ', ['Maintains records']],
    ['', []],
  ])('%s', (text, clauses) => {
    expect(splitClauses(text)).toEqual(clauses);
  });
});

describe('analyzeClauses', () => {
  it('analyzes each clause of a multi-clause duty', () => {
    const clauses = analyzeClauses(
      'Reconciles vendor statements; processes invoices for accounts payable; maintains the vendor file.',
    );
    expect(clauses.map((clause) => clause.normalized)).toEqual([
      'reconciles vendor statements',
      'processes invoices for accounts payable',
      'maintains the vendor file',
    ]);
  });

  it('gives nothing for a single-clause duty, or when only one clause carries a task', () => {
    expect(analyzeClauses('Prepares payroll reports and reconciles payroll accounts.')).toEqual([]);
    expect(analyzeClauses('Prepares payroll reports and reconciles payroll accounts; as needed.')).toEqual([]);
  });

  it('drops clauses too short to carry a task', () => {
    const clauses = analyzeClauses('Inspects construction sites; etc.; issues stop-work orders.');
    expect(clauses.map((clause) => clause.normalized)).toEqual([
      'inspects construction sites',
      'issues stop work orders',
    ]);
  });
});
