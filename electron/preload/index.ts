import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  BACKUP_REQUEST_CHANNEL,
  channelOf,
  DESKTOP_API_KEY,
  DESKTOP_FILES_KEY,
  IMPORT_EVENT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type DesktopApi,
  type DesktopFiles,
  type DesktopMethod,
  type ImportEvent,
  type MenuCommand,
} from '../../shared/ipc/contract';

// Paths this preload derived from dropped File objects; importDropped forwards no others,
// so page script (even compromised) cannot make main read a path it made up.
const handedOutPaths = new Set<string>();

function invoke<M extends DesktopMethod>(method: M, ...args: Parameters<DesktopApi[M]>): ReturnType<DesktopApi[M]> {
  return ipcRenderer.invoke(channelOf(method), ...args) as ReturnType<DesktopApi[M]>;
}

/** Main-to-renderer events: the listener gets the payload only, never the IpcRendererEvent. */
function subscribe<Payload>(channel: string, listener: (payload: Payload) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: Payload): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const desktop = {
  importFromDialog: (source, only) =>
    only ? invoke('importFromDialog', source, [...only]) : invoke('importFromDialog', source),
  importDropped: (paths) => {
    const foreign = paths.find((path) => !handedOutPaths.has(path));
    if (foreign !== undefined)
      return Promise.reject(new Error('importDropped accepts only paths from desktopFiles.pathForFile'));
    return invoke('importDropped', [...paths]);
  },
  importSeeds: (only) => (only ? invoke('importSeeds', [...only]) : invoke('importSeeds')),
  cancelImport: (importId) => invoke('cancelImport', importId),
  onImportEvent: (listener) => subscribe<ImportEvent>(IMPORT_EVENT_CHANNEL, listener),
  onMenuCommand: (listener) => subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, listener),
  print: () => invoke('print'),
  saveAsPdf: (suggestedName, printoutHtml) => invoke('saveAsPdf', suggestedName, printoutHtml),
  saveFile: (suggestedName, kind, bytes) => invoke('saveFile', suggestedName, kind, bytes),
  openExternal: (url) => invoke('openExternal', url),
  appInfo: () => invoke('appInfo'),
  writeAutomaticBackup: (reason, bytes) => invoke('writeAutomaticBackup', reason, bytes),
  listAutomaticBackups: () => invoke('listAutomaticBackups'),
  readAutomaticBackup: (fileName) => invoke('readAutomaticBackup', fileName),
  onBackupRequest: (listener) => subscribe<undefined>(BACKUP_REQUEST_CHANNEL, () => listener()),
} satisfies DesktopApi;

const desktopFiles = {
  pathForFile: (file) => {
    // webUtils rejects anything that is not a File; DOM objects arrive re-wrapped from the page's world.
    const path = webUtils.getPathForFile(file as File);
    if (path !== '') handedOutPaths.add(path);
    return path;
  },
} satisfies DesktopFiles;

contextBridge.exposeInMainWorld(DESKTOP_API_KEY, desktop);
contextBridge.exposeInMainWorld(DESKTOP_FILES_KEY, desktopFiles);
