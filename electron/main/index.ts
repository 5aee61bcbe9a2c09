import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL, type AppInfo, type MenuCommand } from '../../shared/ipc/contract';
import { createAppRequestHandler } from './appProtocol';
import { createAutomaticBackupStore } from './backups/automaticBackupStore';
import { automaticBackupFolder } from './backups/backupFolder';
import { installBackupOnQuit } from './backups/backupOnQuit';
import { createDesktopHandlers } from './desktopHandlers';
import { chooseImportPaths, chooseSavePath, confirmExternal } from './dialogs';
import { statPath } from './files';
import { applyPermissionPolicy, hardenWebContents } from './hardening';
import { createImportRunner } from './importRunner';
import { createImportService } from './importService';
import { registerIpc } from './ipc';
import { renderPrintoutPdf } from './printoutWindow';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, createAppUrlCheck } from './security';
import { createMainWindow, focusWindow } from './window';

app.setName('Reclass');
// Every renderer is sandboxed, even one created without our webPreferences.
app.enableSandbox();
// Must happen before 'ready': e2e runs and parallel profiles each get their own data folder.
const userDataOverride = process.env['APP_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

const outDir = join(import.meta.dirname, '..');
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const isTrusted = createAppUrlCheck(devServerUrl);
let mainWindow: BrowserWindow | null = null;

function appInfo(): AppInfo {
  return { name: app.getName(), version: app.getVersion(), platform: process.platform };
}

function openMainWindow(): void {
  mainWindow = createMainWindow(join(outDir, 'preload', 'index.cjs'), devServerUrl ?? APP_ENTRY_URL);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function sendMenuCommand(command: MenuCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target && !target.isDestroyed()) target.webContents.send(MENU_COMMAND_CHANNEL, command);
}

// Quitting waits (briefly) for the renderer's backup of the library.
const onQuitBackupDone = installBackupOnQuit(app, () => mainWindow?.webContents ?? null);

function start(): void {
  applyPermissionPolicy(session.defaultSession, isTrusted);
  protocol.handle(APP_SCHEME, createAppRequestHandler(join(outDir, 'renderer')));
  const imports = createImportService(createImportRunner(new URL('./importWorker.js', import.meta.url)), randomUUID);
  const handlers = createDesktopHandlers({
    imports,
    seedsFolder: join(app.getAppPath(), 'seeds'),
    appInfo: appInfo(),
    statOf: statPath,
    chooseImportPaths,
    chooseSavePath,
    confirmExternal,
    openInBrowser: (url) => shell.openExternal(url),
    writeFile: (path, bytes) => writeFile(path, bytes),
    renderPdf: (printoutHtml) => renderPrintoutPdf(printoutHtml, app.getPath('temp')),
    backups: createAutomaticBackupStore(automaticBackupFolder()),
    onQuitBackupDone,
  });
  registerIpc(ipcMain, handlers, isTrusted);
  const template = buildMenuTemplate({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    sendCommand: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openMainWindow();
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Reclass failed to start:', error);
      app.exit(1);
    });
}
