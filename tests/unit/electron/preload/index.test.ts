import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, DesktopFiles, ImportEvent } from '../../../../shared/ipc/contract';

type Listener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]) => Promise.resolve('ok')),
      on: (channel: string, listener: Listener) => {
        const set = listeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
    },
    webUtils: {
      getPathForFile: (file: File) => (file.name === 'in-memory.txt' ? '' : `/home/analyst/drop/${file.name}`),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
  webUtils: electron.webUtils,
}));

await import('../../../../electron/preload/index');
const desktop = electron.exposed.get('desktop') as DesktopApi;
const desktopFiles = electron.exposed.get('desktopFiles') as DesktopFiles<File>;

function emit(channel: string, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? [])
    listener({ sender: 'ipc-internals', ports: [] }, payload);
}

describe('preload bridge', () => {
  beforeEach(() => {
    electron.ipcRenderer.invoke.mockClear();
  });

  it('exposes exactly the DesktopApi methods and the file-path helper, nothing generic', () => {
    expect(Object.keys(desktop).sort()).toEqual([
      'appInfo',
      'cancelImport',
      'importDropped',
      'importFromDialog',
      'importSeeds',
      'listAutomaticBackups',
      'onBackupRequest',
      'onImportEvent',
      'onMenuCommand',
      'openExternal',
      'print',
      'readAutomaticBackup',
      'saveAsPdf',
      'saveFile',
      'writeAutomaticBackup',
    ]);
    expect(Object.keys(desktopFiles)).toEqual(['pathForFile']);
    expect([...electron.exposed.keys()]).toEqual(['desktop', 'desktopFiles']);
  });

  it.each<[string, (api: DesktopApi) => Promise<unknown>, string, unknown[]]>([
    ['importFromDialog', (api) => api.importFromDialog('folder'), 'app:importFromDialog', ['folder']],
    ['importSeeds', (api) => api.importSeeds(), 'app:importSeeds', []],
    ['cancelImport', (api) => api.cancelImport('id-1'), 'app:cancelImport', ['id-1']],
    [
      'saveFile',
      (api) => api.saveFile('a.csv', 'csv', new Uint8Array([1])),
      'app:saveFile',
      ['a.csv', 'csv', new Uint8Array([1])],
    ],
    ['openExternal', (api) => api.openExternal('https://example.org/'), 'app:openExternal', ['https://example.org/']],
  ])('%s invokes its own channel', async (_method, call, channel, args) => {
    await call(desktop);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, ...args);
  });

  it('onImportEvent passes only the payload and stops after unsubscribe', () => {
    const received: unknown[][] = [];
    const unsubscribe = desktop.onImportEvent((...args) => received.push(args));
    const event: ImportEvent = { kind: 'started', importId: 'a', total: 2, files: [] };
    emit('app:importEvent', event);
    unsubscribe();
    emit('app:importEvent', { kind: 'started', importId: 'b', total: 1, files: [] });
    expect(received).toEqual([[event]]);
  });

  it('onMenuCommand passes only the command', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onMenuCommand(listener);
    emit('app:menuCommand', 'import-files');
    unsubscribe();
    expect(listener).toHaveBeenCalledExactlyOnceWith('import-files');
  });

  it('importDropped forwards paths that pathForFile handed out', async () => {
    const path = desktopFiles.pathForFile(new File(['x'], 'clerk.pdf'));
    expect(path).toBe('/home/analyst/drop/clerk.pdf');
    await desktop.importDropped([path]);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('app:importDropped', [path]);
  });

  it('importDropped refuses a path the page made up', async () => {
    await expect(desktop.importDropped(['/home/analyst/.ssh/id_rsa'])).rejects.toThrow(/pathForFile/);
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('pathForFile does not record the empty path of a file that is not on disk', async () => {
    expect(desktopFiles.pathForFile(new File(['x'], 'in-memory.txt'))).toBe('');
    await expect(desktop.importDropped([''])).rejects.toThrow();
  });
});
