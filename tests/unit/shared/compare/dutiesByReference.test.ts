import { describe, expect, it } from 'vitest';
import { compareSpecs, coverText } from '../../../../shared/compare';
import { namesClassDuties } from '../../../../shared/compare/dutiesByReference';
import { buildSpec } from '../../../fixtures/compare/buildSpec';

// A class series in the style of a university's animal-care classes: the second level's first duty
// takes in the first level by its title.
const technician1 = buildSpec({
  title: 'Animal Technician 1',
  duties: [
    'Provide food and water to animals in accordance with established procedures.',
    'Transfer animals from soiled to clean enclosures.',
    'Clean and sterilize cages, pans and surrounding premises.',
    'Observe animals for abnormalities and report observations.',
    'Dispose of animal carcasses in accordance with facility requirements.',
    'Perform animal husbandry duties in biocontainment areas.',
  ],
});
const technician2 = buildSpec({
  title: 'Animal Technician 2',
  duties: [
    'Perform duties of Animal Technician 1;',
    'Restrain animals for examination or injection; collect urine and fecal samples.',
    'May administer oral or topical medications.',
  ],
});

describe('duties taken in by reference', () => {
  it.each([
    ['Perform duties of Animal Technician 1;', 'Animal Technician 1'],
    ['Performs all of the duties of an Accountant I.', 'ACCOUNTANT I'],
    ['Performs the full range of duties of the Accountant 1 class and reviews the work of others.', 'Accountant I'],
    ['Performs Office Assistant II duties and leads clerical staff.', 'Office Assistant II'],
  ])('reads "%s" as taking in the class %s', (text, title) => {
    expect(namesClassDuties(text, title)).toBe(true);
  });

  it.each([
    ['Performs the duties of the Manager in the Manager’s absence.', 'Manager'],
    ['May perform duties of Animal Technician 1.', 'Animal Technician 1'],
    ['Perform duties of Animal Technician 2;', 'Animal Technician 1'],
    ['Perform duties of Animal Technician 1;', 'Animal Technician'],
    ['Performs duties of a clerk typist when assigned.', 'Clerk'],
    ['Supervises Animal Technician 1 staff and reviews their work.', 'Animal Technician 1'],
  ])('does not read "%s" as taking in the class %s', (text, title) => {
    expect(namesClassDuties(text, title)).toBe(false);
  });

  it('counts every duty of the named class as done by the naming duty, both ways round', () => {
    const forward = compareSpecs(technician1, technician2);
    expect(forward.coverage.aInB).toBe(1);
    // The naming duty is all of A, not one of its duties: it pairs with none of them.
    expect(forward.duties.filter((pair) => pair.b === 0)).toEqual([
      expect.objectContaining({ a: null, kind: 'only-b' }),
    ]);
    const byReference = forward.cover.filter((entry) => entry.side === 'a' && entry.reference);
    expect(byReference.length).toBe(technician1.duties.length);
    expect(byReference.every((entry) => entry.by === 0 && entry.credit === 1)).toBe(true);
    for (const entry of forward.cover.filter((cover) => cover.reference && cover.side === 'a'))
      expect(coverText(entry)).toBe(`A${entry.duty + 1} done by B1, which performs the duties of Animal Technician 1`);
    const naming = forward.cover.find((entry) => entry.reference?.naming);
    expect(naming && coverText(naming)).toBe('B1 done by A as a whole: it performs the duties of Animal Technician 1');
    const backward = compareSpecs(technician2, technician1);
    expect(backward.coverage.bInA).toBe(1);
    expect(backward.coverage.aInB).toBeCloseTo(forward.coverage.bInA, 12);
  });

  it('leaves coverage to the duties themselves where no duty names the other class', () => {
    const renamed = { ...technician1, title: 'Animal Care Aide' };
    const comparison = compareSpecs(renamed, technician2);
    expect(comparison.cover.some((entry) => entry.reference)).toBe(false);
    expect(comparison.coverage.aInB).toBeLessThan(0.5);
  });
});
