export { backupBeforeUpgrade } from './automaticBackups';
export { markLibraryChanged } from './backupClock';
export { DataView } from './DataView';
export { LibraryNotices } from './LibraryNotices';
