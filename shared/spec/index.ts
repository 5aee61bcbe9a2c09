export { parseSpec } from './parseSpec';
export { PARSER_VERSION } from './parserVersion';
