import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';

export type MenuOptions = Readonly<{
  appName: string;
  isMac: boolean;
  isPackaged: boolean;
  /** Sends a command to the focused window; the renderer runs it through the DesktopApi like a button would. */
  sendCommand: (command: MenuCommand) => void;
}>;

/**
 * The application menu. Every app command goes to the renderer as a MenuCommand, so it runs exactly
 * as the matching button would (imports start there and it tracks their progress; About is its dialog).
 */
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
    submenu: [command(`About ${options.appName}`, 'about')],
  };
  const macApp: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [{ role: 'hide' }, { role: 'hideOthers' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];
  return [...macApp, file, edit, view, help];
}
