export type * from './types';
export { CONTEXT_CHARS, createTarget, quoteAt, textHash, trimRange } from './selectors';
export { prepareRevision, reanchor, reanchorAll, THRESHOLDS, type ReanchorContext } from './reanchor';
export { similarity } from './similarity';
