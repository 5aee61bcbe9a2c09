export type * from './types';
export { parseSpec } from './parseSpec';
