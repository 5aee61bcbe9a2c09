export { readFactors } from './readFactors';
export { calibrateFactors } from './calibrateFactors';
export { gradeFromPoints, totalPoints, type FactorPlan, type PlanError } from './factorPlan';
export { FES_PLAN } from './fesPlan';
