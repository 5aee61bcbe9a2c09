import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    hasLock: true,
    appEvents: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; url: string; events: Map<string, Handler>; focused: number }[],
    channels: [] as string[],
    protocolSchemes: [] as string[],
    privileged: [] as unknown[],
    menuSet: false,
    ready: Promise.resolve(),
  };
  function BrowserWindow(this: Record<string, unknown>, options: Record<string, unknown>) {
    const record = { options, url: '', events: new Map<string, Handler>(), focused: 0 };
    state.windows.push(record);
    Object.assign(this, {
      once: (name: string, handler: Handler) => record.events.set(name, handler),
      on: (name: string, handler: Handler) => record.events.set(name, handler),
      loadURL: (url: string) => {
        record.url = url;
        return Promise.resolve();
      },
      isDestroyed: () => false,
      isMinimized: () => false,
      restore: () => undefined,
      show: () => undefined,
      focus: () => {
        record.focused += 1;
      },
    });
  }
  BrowserWindow.getFocusedWindow = () => null;
  BrowserWindow.getAllWindows = () => [];
  BrowserWindow.fromWebContents = () => null;
  const electron = {
    app: {
      setName: () => undefined,
      enableSandbox: () => state.calls.push('enableSandbox'),
      setPath: (name: string, value: string) => state.calls.push(`setPath ${name} ${value}`),
      getName: () => 'Reclass',
      getVersion: () => '0.1.0',
      getAppPath: () => '/opt/reclass',
      getPath: () => '/home/analyst/.config/Reclass',
      isPackaged: true,
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock');
        return state.hasLock;
      },
      quit: () => state.calls.push('quit'),
      exit: () => state.calls.push('exit'),
      on: (name: string, handler: Handler) => state.appEvents.set(name, handler),
      whenReady: () => {
        state.calls.push('whenReady');
        return state.ready;
      },
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => state.channels.push(channel) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => (state.menuSet = true) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string) => state.protocolSchemes.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.calls.push('permissions'),
        setPermissionCheckHandler: () => undefined,
      },
    },
    shell: { openExternal: () => Promise.resolve() },
    dialog: {},
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../../electron/main/index');
  await fake.state.ready;
  await new Promise((resolve) => setImmediate(resolve));
}

describe('main composition root', () => {
  beforeEach(() => {
    Object.assign(fake.state, {
      calls: [],
      hasLock: true,
      windows: [],
      channels: [],
      protocolSchemes: [],
      privileged: [],
      menuSet: false,
    });
    fake.state.appEvents.clear();
    vi.stubEnv('APP_USER_DATA', '/tmp/reclass-e2e-1');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('sandboxes all renderers and moves userData to APP_USER_DATA before taking the single-instance lock and waiting for ready', async () => {
    await startMain();
    expect(fake.state.calls.slice(0, 4)).toEqual([
      'enableSandbox',
      'setPath userData /tmp/reclass-e2e-1',
      'requestSingleInstanceLock',
      'whenReady',
    ]);
  });

  it('registers app:// as a standard, secure scheme and serves it', async () => {
    await startMain();
    expect(fake.state.privileged).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(fake.state.protocolSchemes).toEqual(['app']);
  });

  it('opens one sandboxed window on the app origin with every IPC channel, the menu and the deny-all permission policy', async () => {
    await startMain();
    expect(fake.state.windows).toHaveLength(1);
    const [window] = fake.state.windows;
    expect(window?.url).toBe('app://reclass/index.html');
    expect(window?.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((window?.options['webPreferences'] as Record<string, unknown>)['preload'])).toMatch(
      /preload[/\\]index\.cjs$/,
    );
    expect(fake.state.channels).toHaveLength(12);
    expect(fake.state.menuSet).toBe(true);
    expect(fake.state.calls).toContain('permissions');
    expect(fake.state.appEvents.has('web-contents-created')).toBe(true);
    // Quitting first asks the window for a backup of the library.
    expect(fake.state.appEvents.has('before-quit')).toBe(true);
  });

  it('a second launch focuses the existing window', async () => {
    await startMain();
    fake.state.appEvents.get('second-instance')?.();
    expect(fake.state.windows[0]?.focused).toBe(1);
  });

  it('quits without opening a window when another instance holds the lock', async () => {
    fake.state.hasLock = false;
    await startMain();
    expect(fake.state.calls).toContain('quit');
    expect(fake.state.calls).not.toContain('whenReady');
    expect(fake.state.windows).toHaveLength(0);
  });
});
