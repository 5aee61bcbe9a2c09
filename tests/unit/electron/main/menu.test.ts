import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../../shared/ipc/contract';
import { buildMenuTemplate, type MenuOptions } from '../../../../electron/main/menu';

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return { appName: 'Reclass', isMac: false, isPackaged: true, sendCommand: vi.fn(), ...overrides };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus', () => {
    expect(buildMenuTemplate(options()).map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('puts imports, printing and quitting in the File menu with their shortcuts', () => {
    const file = submenuOf(buildMenuTemplate(options()), '&File').filter((item) => item.type !== 'separator');
    expect(file.map((item) => [item.label ?? item.role, item.accelerator])).toEqual([
      ['Import files…', 'CmdOrCtrl+O'],
      ['Import folder…', 'CmdOrCtrl+Shift+O'],
      ['Print…', 'CmdOrCtrl+P'],
      ['Quit', undefined],
    ]);
  });

  it.each<[string, MenuCommand]>([
    ['Import files…', 'import-files'],
    ['Import folder…', 'import-folder'],
    ['Print…', 'print'],
  ])('%s sends %s to the window', (label, command) => {
    const sendCommand = vi.fn();
    const file = submenuOf(buildMenuTemplate(options({ sendCommand })), '&File');
    click(file.find((item) => item.label === label));
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('Find… in the Edit menu sends find', () => {
    const sendCommand = vi.fn();
    click(submenuOf(buildMenuTemplate(options({ sendCommand })), '&Edit').find((item) => item.label === 'Find…'));
    expect(sendCommand).toHaveBeenCalledWith('find');
  });

  it('View has zoom and full screen, and developer tools only in development', () => {
    const rolesOf = (isPackaged: boolean) =>
      submenuOf(buildMenuTemplate(options({ isPackaged })), '&View')
        .map((item) => item.role)
        .filter(Boolean);
    expect(rolesOf(true)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(rolesOf(false)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'reload', 'toggleDevTools']);
  });

  it('Help › About sends about, which the window answers with the name and version', () => {
    const sendCommand = vi.fn();
    const help = submenuOf(buildMenuTemplate(options({ sendCommand })), '&Help');
    expect(help.map((item) => item.label)).toEqual(['About Reclass']);
    click(help[0]);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith('about');
  });

  it('on macOS adds the application menu first and File closes the window instead of quitting', () => {
    const template = buildMenuTemplate(options({ isMac: true }));
    expect(template[0]?.label).toBe('Reclass');
    expect(submenuOf(template, '&File').at(-1)?.role).toBe('close');
  });
});
