export { DataView } from './DataView';
export { LibraryNotices } from './LibraryNotices';
