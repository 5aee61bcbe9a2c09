export { describeVersionChanges, summarizeVersionChanges, type VersionChanges } from './versionChanges';
