export { useActivityModel, type ActivityModelState } from './useActivityModel';
export { modelForReport } from './modelForReport';
