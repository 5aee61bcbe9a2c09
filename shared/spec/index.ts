export { parseSpec } from './parseSpec';
