export { SpecView } from './SpecView';
