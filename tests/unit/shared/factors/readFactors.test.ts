import { describe, expect, it } from 'vitest';
import type { FactorKey } from '../../../../shared/model';
import { buildSpec } from '../../../fixtures/compare/buildSpec';
import {
  assistantManager,
  portlandSupervisor,
  representativeII,
  sectionChief,
  supervisor,
} from '../../../fixtures/compare/seedOutlines';

const houston = { representativeII, supervisor, sectionChief, assistantManager };
const levelsOf = (key: FactorKey) =>
  Object.values(houston).map((outline) => buildSpec(outline).factors[key]?.label ?? null);

describe('readFactors on the Houston series (grades 15, 18, 22, 26)', () => {
  it.each([
    ['supervision_exercised', ['lead', 'first-line supervisor', 'second-level supervisor', 'second-level supervisor']],
    ['complexity', ['standard procedures', 'standard procedures', 'variety of procedures', 'somewhat complex']],
    ['impact', ['minor inconvenience', 'minor inconvenience', 'significant expense', 'significant expense']],
    [
      'supervision_received',
      ['close supervision', 'moderate supervision', 'moderate supervision', 'general supervision'],
    ],
    ['physical_effort', ['light', 'sedentary', 'sedentary', 'sedentary']],
    ['work_environment', ['minor discomforts', 'normal office', 'normal office', 'normal office']],
    ['physical_skill', ['coordinated movements', 'simple gross motor', 'simple gross motor', 'simple gross motor']],
  ] as const)('%s reads %j', (key, labels) => {
    expect(levelsOf(key)).toEqual(labels);
  });

  it('reads experience years and education from the qualifications', () => {
    const specs = Object.values(houston).map(buildSpec);
    expect(specs.map((spec) => spec.factors.experience_years?.level)).toEqual([2, 4, 5, 8]);
    expect(specs.map((spec) => spec.factors.education?.level)).toEqual([1, 1, 1, 2]);
    expect(specs.map((spec) => spec.factors.pay_grade?.level)).toEqual([15, 18, 22, 26]);
  });

  it('ranks contacts by nature, then by whom', () => {
    const internal = Object.values(houston).map((outline) => buildSpec(outline).factors.internal_contacts?.level ?? -1);
    const [representative = 0, supervisorLevel = 0, chief = 0, manager = 0] = internal;
    expect(representative).toBeLessThan(chief);
    expect(chief).toBeLessThan(supervisorLevel);
    expect(supervisorLevel).toBeLessThan(manager);
  });

  it('points every reading at the sentence that set it', () => {
    const spec = buildSpec(sectionChief);
    for (const reading of Object.values(spec.factors)) {
      if (!reading || reading.basis === 'value' || reading.basis === 'scale') continue;
      expect(spec.text.slice(reading.evidence.start, reading.evidence.end)).toContain(reading.text.slice(0, 20));
    }
    expect(spec.factors.complexity?.text).toMatch(/^Work requires the direct application of a variety/u);
  });
});

describe('readFactors fallbacks and other wordings', () => {
  it('reads supervision exercised from the class concept when no statement exists (Portland)', () => {
    const reading = buildSpec(portlandSupervisor).factors.supervision_exercised;
    expect(reading?.label).toBe('first-line supervisor');
    expect(reading?.text).toMatch(/supervises a unit/u);
  });

  it('falls back to the title when nothing else states supervision', () => {
    expect(buildSpec({ title: 'Parks Maintenance Manager' }).factors.supervision_exercised?.label).toBe(
      'manager (from the title)',
    );
    expect(buildSpec({ title: 'Library Assistant' }).factors.supervision_exercised).toBeUndefined();
  });

  it.each([
    ['complexity', 'Assignments are highly complex and involve unprecedented issues.', 'highly complex'],
    ['complexity', 'Work is complex, requiring considerable judgment.', 'complex'],
    ['impact', 'Errors could result in serious financial loss or legal liability.', 'serious consequences'],
    ['impact', 'Mistakes are easily detected and corrected.', 'minor inconvenience'],
    ['supervision_received', 'Works under general direction of the division manager.', 'direction / autonomy'],
    ['supervision_received', 'Receives close supervision and detailed instructions.', 'close supervision'],
    [
      'supervision_exercised',
      'Supervises professional staff through subordinate supervisors.',
      'second-level supervisor',
    ],
    [
      'supervision_exercised',
      'Serves as an Assistant Manager or the equivalent over the first-line supervisors of the section.',
      'second-level supervisor',
    ],
    [
      'supervision_exercised',
      'Supervises two supervisors and, through them, a staff of fifteen.',
      'second-level supervisor',
    ],
    ['supervision_exercised', 'Serves as the manager or equivalent of a division.', 'manager'],
    ['supervision_exercised', 'Exercises no supervisory responsibility.', 'none'],
    ['physical_effort', 'Requires heavy lifting of over 75 pounds.', 'heavy'],
    ['work_environment', 'Work is performed outdoors with exposure to noise and dirt.', 'disagreeable'],
    ['physical_skill', 'Requires fine motor coordination within narrow tolerances.', 'fine motor'],
  ] as const)('%s: "%s" → %s', (key, statement, label) => {
    expect(buildSpec({ title: 'Example', statements: { [key]: statement } }).factors[key]?.label).toBe(label);
  });

  it('reads contacts that call for negotiation above those that call for courtesy', () => {
    const spec = buildSpec({
      title: 'Example',
      statements: {
        internal_contacts: 'Contacts are with co-workers and involve routine exchange of information.',
        external_contacts: 'Contacts with elected officials and executives require negotiation and persuasion.',
      },
    });
    expect(spec.factors.internal_contacts?.level).toBe(0);
    expect(spec.factors.external_contacts?.level).toBe(11);
  });

  it('reads nothing it cannot see', () => {
    expect(
      buildSpec({ title: 'Example', statements: { complexity: 'See attached.' } }).factors.complexity,
    ).toBeUndefined();
  });
});
