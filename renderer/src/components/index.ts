export { CorrectedMark } from './CorrectedMark';
export { DiffText } from './DiffText';
export { matchSummaries, summaryLabel } from './matchSummaries';
export { SpecPicker } from './SpecPicker';
export { WorkModelAlert } from './WorkModelAlert';
