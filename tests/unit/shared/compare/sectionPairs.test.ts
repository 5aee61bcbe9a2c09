import { describe, expect, it } from 'vitest';
import { pairSections } from '../../../../shared/compare/sectionPairs';
import type { ClassSpec, Section, SectionKind } from '../../../../shared/model';
import { buildSpec } from '../../../fixtures/compare/buildSpec';

/** A spec whose sections nest: a parent heading whose body span runs over its sub-sections. */
function nestedSpec(contactsBody: string): ClassSpec {
  const text = `CONTACTS:\nInternal Contacts:\n${contactsBody}\nMISCELLANEOUS:\nAll duties may not be included.`;
  const at = (needle: string) => text.indexOf(needle);
  const section = (kind: SectionKind, heading: string, level: number, end: number): Section => {
    const start = at(heading);
    return {
      kind,
      heading,
      level,
      span: { start, end },
      headingSpan: { start, end: start + heading.length },
      bodySpan: { start: start + heading.length + 1, end },
    };
  };
  const sections = [
    section('contacts', 'CONTACTS:', 0, at('MISCELLANEOUS:')),
    section('internal_contacts', 'Internal Contacts:', 1, at('MISCELLANEOUS:')),
    section('miscellaneous', 'MISCELLANEOUS:', 0, text.length),
  ];
  return { ...buildSpec({ title: 'x' }), sections, text };
}

describe('pairSections', () => {
  it('diffs each section on its own words, not its sub-sections again', () => {
    const pairs = pairSections(nestedSpec('Routine exchange with staff.'), nestedSpec('Negotiation with vendors.'));
    expect(pairs.map((pair) => [pair.kind, pair.a?.text, pair.b?.text])).toEqual([
      ['contacts', '', ''],
      ['internal_contacts', 'Routine exchange with staff.', 'Negotiation with vendors.'],
      ['miscellaneous', 'All duties may not be included.', 'All duties may not be included.'],
    ]);
  });

  it('pairs repeated kinds in order and keeps one-sided sections', () => {
    const a = buildSpec({
      title: 'A',
      sections: [
        { kind: 'knowledge', heading: 'Knowledge of:', body: 'Payroll.' },
        { kind: 'knowledge', heading: 'Knowledge (continued):', body: 'Tax law.' },
      ],
    });
    const b = buildSpec({
      title: 'B',
      sections: [
        { kind: 'knowledge', heading: 'KNOWLEDGE', body: 'Payroll practice.' },
        { kind: 'licenses', heading: 'Licenses', body: 'Driver license.' },
      ],
    });
    expect(pairSections(a, b).map((pair) => [pair.kind, pair.a?.heading ?? null, pair.b?.heading ?? null])).toEqual([
      ['knowledge', 'Knowledge of:', 'KNOWLEDGE'],
      ['knowledge', 'Knowledge (continued):', null],
      ['licenses', null, 'Licenses'],
    ]);
  });

  it('leaves duty sections to the duty alignment', () => {
    const spec = buildSpec({ title: 'A', duties: ['Prepares reports.'] });
    expect(pairSections(spec, spec).some((pair) => pair.kind === 'duties')).toBe(false);
  });
});
