export type { Host, ImportHandle } from './host';
export { selectHost } from './selectHost';
export { createSpecReparser, type SpecReparser } from './specReparser';
