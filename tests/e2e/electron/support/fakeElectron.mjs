import { tmpdir } from 'node:os';
import { join } from 'node:path';
// A stand-in for the `electron` module, so the built main bundle can be loaded by plain Node where the binary is missing.
export const recorded = {
  calls: [],
  windows: [],
  channels: new Map(),
  protocolHandlers: new Map(),
  privileged: [],
  menu: [],
  savePath: '',
};
const record = (...entry) => recorded.calls.push(entry.join(' '));
const paths = new Map();

export const app = {
  setName: (name) => record('setName', name),
  enableSandbox: () => record('enableSandbox'),
  setPath: (name, value) => {
    record('setPath', name, value);
    paths.set(name, value);
  },
  getPath: (name) => paths.get(name) ?? join(tmpdir(), 'reclass-standin', name),
  getName: () => 'Reclass',
  getVersion: () => '0.0.0-standin',
  getAppPath: () => process.cwd(),
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  quit: () => record('quit'),
  exit: (code) => record('exit', code),
  on: (name) => record('app.on', name),
  whenReady: () => Promise.resolve(),
};

export function BrowserWindow(options) {
  const window = { webPreferences: options.webPreferences, url: '' };
  recorded.windows.push(window);
  this.once = () => this;
  this.on = () => this;
  this.loadURL = (url) => {
    window.url = url;
    return Promise.resolve();
  };
}
BrowserWindow.getFocusedWindow = () => null;
BrowserWindow.getAllWindows = () => [];
BrowserWindow.fromWebContents = () => null;

export const ipcMain = { handle: (channel, handler) => recorded.channels.set(channel, handler) };
export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => recorded.menu.push(...menu),
};
export const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorded.privileged.push(...schemes),
  handle: (scheme, handler) => recorded.protocolHandlers.set(scheme, handler),
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => record('permissions'),
    setPermissionCheckHandler: () => undefined,
  },
};
export const shell = { openExternal: () => Promise.resolve() };
// The save dialog answers with the path the driver chose, as if the analyst had picked it.
export const dialog = {
  showSaveDialog: () => Promise.resolve({ canceled: false, filePath: recorded.savePath }),
};
