import { describe, expect, it } from 'vitest';
import { describeVersionChanges, summarizeVersionChanges } from '../../../../shared/history';
import { buildSpec } from '../../../fixtures/compare/buildSpec';

const DUTIES = [
  'Reads water meters on an assigned route.',
  'Inspects meters for leaks and tampering.',
  'Answers customer questions in the field.',
];

describe('describeVersionChanges', () => {
  it('counts duties added, removed and reworded, and names changed sections', () => {
    const before = buildSpec({ title: 'Meter Reader', summary: 'Reads meters.', duties: DUTIES });
    const after = buildSpec({
      title: 'Meter Reader',
      summary: 'Reads and inspects meters.',
      duties: [
        'Reads water meters on an assigned route.',
        'Inspects meters for leaks, damage and tampering.',
        'Trains new meter readers on safe driving and route planning.',
      ],
    });
    const changes = describeVersionChanges(before, after);
    expect(changes).toMatchObject({ dutiesAdded: 1, dutiesRemoved: 1, dutiesReworded: 1, textChanged: true });
    expect(changes.sectionsChanged).toContain('GENERAL SUMMARY:');
    expect(summarizeVersionChanges(changes)).toMatch(
      /^1 duty added, 1 removed, 1 reworded; sections changed: .*GENERAL SUMMARY:/u,
    );
  });

  it('says so when the text is the same', () => {
    const spec = buildSpec({ title: 'Meter Reader', duties: DUTIES });
    expect(summarizeVersionChanges(describeVersionChanges(spec, spec))).toBe('Same text as the previous version.');
  });
});
