import type { FactorPlan } from './factorPlan';

/**
 * US OPM Factor Evaluation System for non-supervisory General Schedule positions: nine
 * factors with points by level, and the published points → GS grade conversion.
 */
export const FES_PLAN: FactorPlan = {
  id: 'opm-fes',
  name: 'OPM Factor Evaluation System (GS, non-supervisory)',
  factors: [
    {
      id: 'knowledge',
      name: 'Knowledge Required by the Position',
      points: [50, 200, 350, 550, 750, 950, 1250, 1550, 1850],
    },
    { id: 'supervisory_controls', name: 'Supervisory Controls', points: [25, 125, 275, 450, 650] },
    { id: 'guidelines', name: 'Guidelines', points: [25, 125, 275, 450, 650] },
    { id: 'complexity', name: 'Complexity', points: [25, 75, 150, 225, 325, 450] },
    { id: 'scope_and_effect', name: 'Scope and Effect', points: [25, 75, 150, 225, 325, 450] },
    { id: 'personal_contacts', name: 'Personal Contacts', points: [10, 25, 60, 110] },
    { id: 'purpose_of_contacts', name: 'Purpose of Contacts', points: [20, 50, 120, 220] },
    { id: 'physical_demands', name: 'Physical Demands', points: [5, 20, 50] },
    { id: 'work_environment', name: 'Work Environment', points: [5, 20, 50] },
  ],
  grades: [
    { grade: 'GS-1', min: 190, max: 250 },
    { grade: 'GS-2', min: 255, max: 450 },
    { grade: 'GS-3', min: 455, max: 650 },
    { grade: 'GS-4', min: 655, max: 850 },
    { grade: 'GS-5', min: 855, max: 1100 },
    { grade: 'GS-6', min: 1105, max: 1350 },
    { grade: 'GS-7', min: 1355, max: 1600 },
    { grade: 'GS-8', min: 1605, max: 1850 },
    { grade: 'GS-9', min: 1855, max: 2100 },
    { grade: 'GS-10', min: 2105, max: 2350 },
    { grade: 'GS-11', min: 2355, max: 2750 },
    { grade: 'GS-12', min: 2755, max: 3150 },
    { grade: 'GS-13', min: 3155, max: 3600 },
    { grade: 'GS-14', min: 3605, max: 4050 },
    { grade: 'GS-15', min: 4055, max: null },
  ],
};
