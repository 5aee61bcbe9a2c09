export type { AutomaticBackups, Host, ImportHandle } from './host';
export { selectHost } from './selectHost';
