import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import { readSpecFixture } from './fixtureText';
import { documentLayoutCases } from './parseSpecCases/documentLayouts';
import { extractedLayoutCases } from './parseSpecCases/extractedLayouts';

const cases = [...documentLayoutCases, ...extractedLayoutCases];

describe.each(cases)('$file', (expected) => {
  const spec = parseSpec(readSpecFixture(expected.file));

  it('reads the metadata', () => {
    const { title, code, grade, salaryRange, jurisdiction, flsa, documentKind } = spec;
    expect({ title, code, grade, salaryRange, jurisdiction, flsa, documentKind }).toEqual({
      title: expected.title,
      code: expected.code,
      grade: expected.grade,
      salaryRange: expected.salaryRange,
      jurisdiction: expected.jurisdiction,
      flsa: expected.flsa,
      documentKind: expected.documentKind,
    });
  });

  it('lists the printed headings in order', () => {
    expect(spec.sections.map((section) => section.heading)).toEqual(expected.headings);
  });

  it('separates the duty statements', () => {
    expect(spec.duties).toHaveLength(expected.duties.length);
    expected.duties.forEach((start, i) =>
      expect(spec.duties[i]?.text.startsWith(start), `duty ${i + 1}: ${spec.duties[i]?.text}`).toBe(true),
    );
    if (expected.percentTime) expect(spec.duties.map((duty) => duty.percentTime)).toEqual(expected.percentTime);
    if (expected.categories) expect(spec.duties.map((duty) => duty.category)).toEqual(expected.categories);
  });

  it('reads the minimum qualifications', () => {
    const { education, experienceYears, substitutions, licenses } = spec.qualifications;
    expect({ education, experienceYears, substitutions: substitutions.length, licenses: licenses.length }).toEqual({
      education: expected.education,
      experienceYears: expected.experienceYears,
      substitutions: expected.substitutions,
      licenses: expected.licenses,
    });
  });

  it('warns about what it could not read', () => {
    expect(spec.warnings.map((warning) => warning.code)).toEqual(expected.warnings);
  });
});
