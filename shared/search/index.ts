export type * from './types';
export type { SpecIndex } from './specIndex';
export {
  addToSpecIndex,
  compactSpecIndex,
  createSpecIndex,
  indexedCount,
  indexedIds,
  indexedStamp,
  isIndexed,
  removeFromSpecIndex,
} from './specIndex';
export { searchSpecIndex } from './searchSpecIndex';
export { toSearchDocument } from './toSearchDocument';
export { fromSnapshot, SPEC_INDEX_FORMAT, toSnapshot, type SpecIndexSnapshot } from './snapshot';
