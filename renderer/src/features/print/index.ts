export { PrintPortal } from './PrintPortal';
export { PrintableComparison } from './PrintableComparison';
