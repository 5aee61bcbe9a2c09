export type { AutomaticBackups, Host, ImportHandle } from './host';
export { selectHost } from './selectHost';
export { createSpecReparser, type SpecReparser } from './specReparser';
