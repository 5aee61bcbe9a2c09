export { SavedComparisonsView } from './SavedComparisonsView';
