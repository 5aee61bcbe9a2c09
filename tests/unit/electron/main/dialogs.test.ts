import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerSender } from '../../../../electron/main/desktopHandlers';

const electron = vi.hoisted(() => ({
  openResult: { canceled: false, filePaths: [] as string[] },
  saveResult: { canceled: false, filePath: '' },
  messageResponse: 0,
  openOptions: [] as OpenDialogOptions[],
  saveOptions: [] as SaveDialogOptions[],
}));

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showOpenDialog: (options: OpenDialogOptions) => {
      electron.openOptions.push(options);
      return Promise.resolve(electron.openResult);
    },
    showSaveDialog: (options: SaveDialogOptions) => {
      electron.saveOptions.push(options);
      return Promise.resolve(electron.saveResult);
    },
    showMessageBox: () => Promise.resolve({ response: electron.messageResponse, checkboxChecked: false }),
  },
}));

const { chooseImportPaths, chooseSavePath, confirmExternal } = await import('../../../../electron/main/dialogs');
const sender = {} as HandlerSender;

describe('dialogs', () => {
  beforeEach(() => {
    electron.openOptions.length = 0;
    electron.saveOptions.length = 0;
  });

  it('imports files: several at once, filtered to the supported formats', async () => {
    electron.openResult = { canceled: false, filePaths: ['/specs/a.pdf', '/specs/b.docx'] };
    expect(await chooseImportPaths(sender, 'files')).toEqual(['/specs/a.pdf', '/specs/b.docx']);
    expect(electron.openOptions[0]?.properties).toEqual(['openFile', 'multiSelections']);
    expect(electron.openOptions[0]?.filters?.[0]?.extensions).toEqual(
      expect.arrayContaining(['txt', 'md', 'pdf', 'docx', 'html']),
    );
  });

  it('imports a folder with a directory picker', async () => {
    electron.openResult = { canceled: false, filePaths: ['/specs'] };
    expect(await chooseImportPaths(sender, 'folder')).toEqual(['/specs']);
    expect(electron.openOptions[0]?.properties).toEqual(['openDirectory']);
  });

  it('returns null when the open dialog is cancelled', async () => {
    electron.openResult = { canceled: true, filePaths: [] };
    expect(await chooseImportPaths(sender, 'files')).toBeNull();
  });

  it('saves with the suggested name and the filter of the kind; null when cancelled', async () => {
    electron.saveResult = { canceled: false, filePath: '/home/a/factors.xlsx' };
    expect(await chooseSavePath(sender, 'factors.xlsx', { name: 'Excel workbook', extensions: ['xlsx'] })).toBe(
      '/home/a/factors.xlsx',
    );
    expect(electron.saveOptions[0]).toMatchObject({
      defaultPath: 'factors.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    electron.saveResult = { canceled: true, filePath: '' };
    expect(await chooseSavePath(sender, 'x.csv', { name: 'CSV', extensions: ['csv'] })).toBeNull();
  });

  it.each([
    [0, true],
    [1, false],
  ])('confirmExternal: button %i → %s', async (response, expected) => {
    electron.messageResponse = response;
    expect(await confirmExternal(sender, 'https://example.org/')).toBe(expected);
  });
});
