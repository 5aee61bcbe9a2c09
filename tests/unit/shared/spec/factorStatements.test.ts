import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import type { FactorKey } from '../../../../shared/model';
import { readSpecFixture } from './fixtureText';

const seed = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), 'utf8');

describe('factor statements of a Houston job description', () => {
  const statements = parseSpec(seed('000_b5875853682912a9.txt')).factorStatements;

  it.each<[FactorKey, string, string]>([
    ['complexity', 'Work is somewhat complex and varied', 'policies and procedures.'],
    ['impact', 'Errors in work could lead to significant expense', 'setting objectives and organizing work.'],
    [
      'supervision_received',
      'Work is typically performed under limited supervision',
      'setting objectives and organizing work.',
    ],
    [
      'supervision_exercised',
      'Direct Supervision: Involves scheduling',
      'Indirect Supervision: Involves supervision and evaluation of work as an Assistant Manager or the equivalent.',
    ],
    ['internal_contacts', 'Level of internal contact is primarily with Managers', 'obtaining necessary information.'],
    ['external_contacts', 'Level of external contact is primarily with citizens', 'may be irate.'],
    ['physical_effort', 'The position is physically comfortable', 'walking, standing, etc.'],
    ['work_environment', 'There are no major sources of discomfort', 'air conditions.'],
    ['physical_skill', 'Requires the ability to make simple gross motor responses', 'large tolerances.'],
    ['education', "An Associate's degree in Business Administration", 'is required.'],
    ['experience_years', 'Eight years of progressively responsible', 'above education requirement.'],
    ['pay_grade', '26', '26'],
  ])('%s', (key, start, end) => {
    const statement = statements[key];
    expect(statement?.text.startsWith(start), statement?.text).toBe(true);
    expect(statement?.text.endsWith(end), statement?.text).toBe(true);
  });
});

describe('factor statements found inside other sections', () => {
  it('reads "Under general supervision" from a class definition', () => {
    expect(parseSpec(readSpecFixture('county-spec.txt')).factorStatements.supervision_received?.text).toBe(
      'Under general supervision',
    );
  });

  it('uses one contacts section for both internal and external contacts', () => {
    const statements = parseSpec(
      'Clerk\n\nDUTIES:\n\n- Files records.\n\nCONTACTS:\n\nContacts are with co-workers and the public.\n',
    ).factorStatements;
    expect(statements.internal_contacts?.text).toBe('Contacts are with co-workers and the public.');
    expect(statements.external_contacts?.text).toBe('Contacts are with co-workers and the public.');
  });

  it('does not take an accommodation notice for a physical effort statement', () => {
    const statements = parseSpec(seed('004_3aad121bddd0fb26.txt')).factorStatements;
    expect(statements.physical_effort).toBeUndefined();
  });
});
