import { describe, expect, it } from 'vitest';
import { calibrateFactors } from '../../../../shared/factors';
import { buildSpec, type SpecOutline } from '../../../fixtures/compare/buildSpec';
import { assistantManager, representativeII, sectionChief, supervisor } from '../../../fixtures/compare/seedOutlines';

const houston = [representativeII, supervisor, sectionChief, assistantManager].map(buildSpec);

describe('calibrateFactors', () => {
  it('orders a shared sentence by the grades of the classes that use it', () => {
    const calibrated = calibrateFactors(houston);
    const levels = houston.map((_, index) => calibrated.get(index)?.supervision_exercised);
    expect(levels.map((reading) => reading?.level)).toEqual([0, 1, 2, 2]);
    expect(levels.map((reading) => reading?.basis)).toEqual(['cue', 'cue', 'calibrated', 'calibrated']);
    expect(levels[2]?.label).toContain('grades 22, 26');
  });

  it('leaves a factor alone when no sentence is shared (nothing to learn from)', () => {
    const calibrated = calibrateFactors(houston);
    expect(
      houston.every(
        (_, index) =>
          calibrated.get(index)?.complexity === undefined ||
          calibrated.get(index)?.complexity === houston[index]?.factors.complexity,
      ),
    ).toBe(true);
  });

  it('never calibrates working conditions against grades', () => {
    const calibrated = calibrateFactors(houston);
    expect(
      houston.map((spec, index) => calibrated.get(index)?.physical_effort ?? spec.factors.physical_effort),
    ).toEqual(houston.map((spec) => spec.factors.physical_effort));
  });

  it('places a one-class sentence with the shared sentences of its cue level', () => {
    const outline = (title: string, grade: string, complexity: string): SpecOutline => ({
      title,
      grade,
      jurisdiction: 'Example County',
      statements: { complexity },
    });
    const specs = [
      outline('Clerk I', '10', 'Work consists of standard procedures.'),
      outline('Clerk II', '12', 'Work consists of standard procedures.'),
      outline('Clerk III', '14', 'Work involves routine, clearly defined tasks.'),
      outline('Clerk Supervisor', '16', 'Work is somewhat complex.'),
    ].map(buildSpec);
    const levels = [...specs.keys()].map((index) => calibrateFactors(specs).get(index)?.complexity?.level);
    expect(levels).toEqual([0, 0, 0, 1]);
  });

  it('keeps employers apart', () => {
    const a = buildSpec({ ...supervisor, jurisdiction: 'Another City' });
    expect(calibrateFactors([a, houston[2]!, houston[3]!]).get(0)).toBeUndefined();
  });
});
