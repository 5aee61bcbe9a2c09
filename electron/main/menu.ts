import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export type MenuOptions = Readonly<{
  appName: string;
  isMac: boolean;
  isPackaged: boolean;
  /** Sends a command to the focused window; the renderer runs it through the DesktopApi like a button would. */
  sendCommand: (command: MenuCommand) => void;
  showAbout: () => void;
}>;

/** The application menu. Imports and printing are sent to the renderer so it starts them and tracks their progress. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(menuCommand),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('Import files…', 'import-files', 'CmdOrCtrl+O'),
      command('Import folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
      { type: 'separator' },
      command('Print…', 'print', 'CmdOrCtrl+P'),
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developerItems,
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: `About ${options.appName}`, click: () => options.showAbout() }],
  };
  const macApp: MenuItemConstructorOptions[] = options.isMac
    ? [{ label: options.appName, submenu: [{ role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }] }]
    : [];
  return [...macApp, file, edit, view, help];
}
