export { ExportMenu } from './ExportMenu';
export { safeFileName } from './fileNames';
