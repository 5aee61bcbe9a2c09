export type { Host, ImportHandle } from './host';
export { selectHost } from './selectHost';
