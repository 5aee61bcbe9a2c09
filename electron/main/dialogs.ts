import { BrowserWindow, dialog, type OpenDialogOptions, type WebContents } from 'electron';
import type { ImportSource } from '../../shared/ipc/contract';
import type { HandlerSender } from './desktopHandlers';
import type { SaveFilter } from './saveTargets';

const SPEC_FILTER = {
  name: 'Class specifications',
  extensions: ['txt', 'md', 'markdown', 'pdf', 'docx', 'html', 'htm'],
};

function windowOf(sender: HandlerSender): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender as WebContents);
}

function withParent<T>(sender: HandlerSender, show: (parent: BrowserWindow | null) => Promise<T>): Promise<T> {
  return show(windowOf(sender));
}

export function chooseImportPaths(sender: HandlerSender, source: ImportSource): Promise<readonly string[] | null> {
  const options: OpenDialogOptions =
    source === 'folder'
      ? { title: 'Import a folder of class specifications', properties: ['openDirectory'] }
      : {
          title: 'Import class specifications',
          properties: ['openFile', 'multiSelections'],
          filters: [SPEC_FILTER, { name: 'All files', extensions: ['*'] }],
        };
  return withParent(sender, async (parent) => {
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : result.filePaths;
  });
}

export function chooseSavePath(sender: HandlerSender, defaultName: string, filter: SaveFilter): Promise<string | null> {
  const options = { defaultPath: defaultName, filters: [{ name: filter.name, extensions: [...filter.extensions] }] };
  return withParent(sender, async (parent) => {
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  });
}

export function confirmExternal(sender: HandlerSender, url: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  return withParent(sender, async (parent) => {
    const result = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    return result.response === 0;
  });
}
