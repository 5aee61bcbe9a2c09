export type * from './types';
export { diffText, type DiffOptions } from './diffText';
