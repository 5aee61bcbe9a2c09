export { CompareView } from './CompareView';
export { CompareWorkspace } from './CompareWorkspace';
export { useThreshold } from './useThreshold';
