import { ELECTRON_SKIP_REASON, electronAvailable, expect, test } from './fixtures';

test.describe('Electron application menu', () => {
  test.skip(!electronAvailable(), ELECTRON_SKIP_REASON);

  test('File has Import files…, Import folder…, Print… and Quit with their shortcuts', async ({ app }) => {
    const items = await app.evaluate(({ Menu }) => {
      const file = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'File');
      return (file?.submenu?.items ?? [])
        .filter((item) => item.type !== 'separator')
        .map((item) => [item.label, item.accelerator ?? null]);
    });
    expect(items).toEqual(
      expect.arrayContaining([
        ['Import files…', 'CmdOrCtrl+O'],
        ['Import folder…', 'CmdOrCtrl+Shift+O'],
        ['Print…', 'CmdOrCtrl+P'],
      ]),
    );
    expect(items.map(([label]) => label)).toContain(process.platform === 'darwin' ? 'Close Window' : 'Quit');
  });

  test('Help has About with the app name', async ({ app }) => {
    const labels = await app.evaluate(({ Menu }) => {
      const help = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'Help');
      return (help?.submenu?.items ?? []).map((item) => item.label);
    });
    expect(labels).toEqual(['About Reclass']);
  });

  test('View has zoom and full screen; developer tools only when not packaged', async ({ app }) => {
    const { isPackaged, roles } = await app.evaluate(({ app: electronApp, Menu }) => {
      const view = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === 'View');
      return {
        isPackaged: electronApp.isPackaged,
        roles: (view?.submenu?.items ?? []).map((item) => (item.role ?? '').toLowerCase()),
      };
    });
    expect(roles).toEqual(expect.arrayContaining(['zoomin', 'zoomout', 'resetzoom', 'togglefullscreen']));
    expect(roles.includes('toggledevtools')).toBe(!isPackaged);
  });
});
