import type { ClassSpec } from './types';

/** Normalized text → structured record. (Being built; see issue 2.) */
export function parseSpec(text: string): ClassSpec {
  return {
    title: null, code: null, grade: null, salaryRange: null, jurisdiction: null, flsa: null,
    effectiveDate: null, revisedDate: null, spans: {}, sections: [], duties: [],
    qualifications: { education: null, experienceYears: null, substitutions: [], licenses: [] },
    factorStatements: {}, factors: {}, family: [], documentKind: 'unknown',
    warnings: [{ code: 'parser-missing', message: 'parser not built yet' }], text,
  };
}
