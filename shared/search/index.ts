export type * from './types';
export type { SpecIndex } from './specIndex';
export {
  addToSpecIndex,
  createSpecIndex,
  indexedCount,
  isIndexed,
  removeFromSpecIndex,
  searchSpecIndex,
} from './specIndex';
export { toSearchDocument } from './toSearchDocument';
