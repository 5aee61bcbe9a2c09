import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, type DesktopMethod } from '../../../../shared/ipc/contract';
import { registerIpc, RejectedIpcCall, type DesktopHandlers } from '../../../../electron/main/ipc';
import { isAppUrl } from '../../../../electron/main/security';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const APP_INFO = { name: 'Reclass', version: '0.1.0', platform: 'linux' };
const IMPORT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

function fakeHandlers(): DesktopHandlers {
  return {
    importFromDialog: vi.fn(() => Promise.resolve({ importId: IMPORT_ID })),
    importDropped: vi.fn(() => Promise.resolve({ importId: IMPORT_ID })),
    importSeeds: vi.fn(() => Promise.resolve({ importId: IMPORT_ID })),
    cancelImport: vi.fn(() => Promise.resolve()),
    print: vi.fn(() => Promise.resolve()),
    saveAsPdf: vi.fn(() => Promise.resolve(true)),
    saveFile: vi.fn(() => Promise.resolve(true)),
    openExternal: vi.fn(() => Promise.resolve(false)),
    appInfo: vi.fn(() => Promise.resolve(APP_INFO)),
    writeAutomaticBackup: vi.fn(() =>
      Promise.resolve({ fileName: 'x', createdAt: 0, size: 1, reason: 'daily' as const, tables: null }),
    ),
    listAutomaticBackups: vi.fn(() => Promise.resolve([])),
    readAutomaticBackup: vi.fn(() => Promise.resolve(new Uint8Array())),
  };
}

function setup() {
  const listeners = new Map<string, Listener>();
  const handlers = fakeHandlers();
  registerIpc(
    { handle: (channel: string, listener: Listener) => listeners.set(channel, listener) },
    handlers,
    isAppUrl,
  );
  const sender = { id: 1 } as unknown as WebContents;
  const call = (method: DesktopMethod, frameUrl: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channelOf(method));
    if (!listener) throw new Error(`no handler for ${method}`);
    const event = {
      sender,
      senderFrame: frameUrl === null ? null : { url: frameUrl },
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  };
  return { listeners, handlers, sender, call };
}

describe('registerIpc', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('registers one channel per DesktopApi method', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual([
      'app:appInfo',
      'app:cancelImport',
      'app:importDropped',
      'app:importFromDialog',
      'app:importSeeds',
      'app:listAutomaticBackups',
      'app:openExternal',
      'app:print',
      'app:readAutomaticBackup',
      'app:saveAsPdf',
      'app:saveFile',
      'app:writeAutomaticBackup',
    ]);
  });

  it('passes the sender and the validated arguments to the handler', async () => {
    const { call, handlers, sender } = setup();
    await expect(call('importFromDialog', 'app://reclass/index.html', 'folder')).resolves.toEqual({
      importId: IMPORT_ID,
    });
    expect(handlers.importFromDialog).toHaveBeenCalledWith(sender, 'folder');
    await expect(call('appInfo', 'app://reclass/index.html')).resolves.toEqual(APP_INFO);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a local file page', 'file:///tmp/evil.html'],
    ['a data URL frame', 'data:text/html,hi'],
    ['a destroyed frame', null],
  ])('rejects calls from %s without running the handler', async (_case, frameUrl) => {
    const { call, handlers } = setup();
    await expect(call('saveFile', frameUrl, 'x.csv', 'csv', new Uint8Array())).rejects.toThrow(RejectedIpcCall);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith('Rejected saveFile: untrusted sender');
  });

  it.each<[DesktopMethod, unknown[]]>([
    ['importFromDialog', ['C:\\Windows']],
    ['importDropped', ['/etc/passwd']],
    ['cancelImport', [{ importId: IMPORT_ID }]],
    ['saveFile', ['x.csv', 'csv', 'not bytes']],
    ['appInfo', ['extra']],
  ])('rejects malformed arguments to %s without running the handler', async (method, args) => {
    const { call, handlers } = setup();
    await expect(call(method, 'app://reclass/index.html', ...args)).rejects.toThrow(/^Rejected /);
    expect(handlers[method]).not.toHaveBeenCalled();
  });
});
