export { BestFitView } from './BestFitView';
