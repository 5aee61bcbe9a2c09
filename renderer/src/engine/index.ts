export { useActivityModel, type ActivityModelState } from './useActivityModel';
