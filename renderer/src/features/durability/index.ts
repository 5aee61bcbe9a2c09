export { backupBeforeUpgrade } from './automaticBackups';
export { markLibraryChanged } from './backupClock';
export { DataView } from './DataView';
export { LibraryNotices } from './LibraryNotices';
export { offerUndo } from './undoToast';
export { UndoToast } from './UndoToast';
