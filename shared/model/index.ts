export type * from './types';
export * from './factorGroups';
