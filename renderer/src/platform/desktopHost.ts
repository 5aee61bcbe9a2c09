import type { DesktopApi, DesktopFiles } from '../../../shared/ipc/contract';
import type { Host } from './host';
import { printInFrame } from './printInFrame';

/** The Electron host: every call goes to main through the preload's typed bridge. */
export function createDesktopHost(desktop: DesktopApi, files: DesktopFiles<File> | undefined): Host {
  return {
    kind: 'desktop',
    importFiles: () => desktop.importFromDialog('files'),
    importFolder: () => desktop.importFromDialog('folder'),
    importDropped: async (dropped) => {
      const paths = files ? dropped.map((file) => files.pathForFile(file)).filter(Boolean) : [];
      return paths.length ? desktop.importDropped(paths) : null;
    },
    importSeeds: () => desktop.importSeeds(),
    resumeImport: (origin, missing) => {
      // Only the files the interrupted import never stored: the ones it did would come back as "unchanged".
      const only = missing.map((file) => file.relativePath);
      return origin === 'seeds'
        ? desktop.importSeeds(only)
        : desktop.importFromDialog(origin === 'folder' ? 'folder' : 'files', only);
    },
    cancelImport: (importId) => desktop.cancelImport(importId),
    onImportEvent: (listener) => desktop.onImportEvent(listener),
    onMenuCommand: (listener) => desktop.onMenuCommand(listener),
    print: () => desktop.print(),
    printHtml: (printoutHtml) => printInFrame(document, printoutHtml),
    saveAsPdf: (suggestedName, printoutHtml) => desktop.saveAsPdf(suggestedName, printoutHtml),
    saveFile: (suggestedName, kind, bytes) => desktop.saveFile(suggestedName, kind, bytes),
    openExternal: (url) => desktop.openExternal(url),
    appInfo: () => desktop.appInfo(),
    automaticBackups: {
      write: (reason, bytes) => desktop.writeAutomaticBackup(reason, bytes),
      list: () => desktop.listAutomaticBackups(),
      read: (fileName) => desktop.readAutomaticBackup(fileName),
      onRequest: (listener) => desktop.onBackupRequest(listener),
    },
  };
}
