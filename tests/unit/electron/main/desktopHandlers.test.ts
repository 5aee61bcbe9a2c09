import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IMPORT_EVENT_CHANNEL, type ImportEvent } from '../../../../shared/ipc/contract';
import {
  createDesktopHandlers,
  type HandlerDependencies,
  type HandlerSender,
} from '../../../../electron/main/desktopHandlers';
import { statPath } from '../../../../electron/main/files';
import { createImportService, type ImportRunner } from '../../../../electron/main/importService';

const APP_INFO = { name: 'Reclass', version: '0.1.0', platform: 'linux' };
const PDF_BYTES = new Uint8Array([37, 80, 68, 70]);
const PRINTOUT = '<!doctype html><title>Clerk vs Chief</title><main>printout</main>';

type FakeSender = HandlerSender & { sent: ImportEvent[]; destroyed: boolean };

function fakeSender(): FakeSender {
  const sender = {
    sent: [] as ImportEvent[],
    destroyed: false,
    isDestroyed: () => sender.destroyed,
    send: (channel: string, event: ImportEvent) => {
      if (channel === IMPORT_EVENT_CHANNEL) sender.sent.push(event);
    },
    print: (_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, ''),
  };
  return sender;
}

/** A runner that reports each path as a failure, so tests see which paths reached the pipeline. */
const echoRunner: ImportRunner = (paths, { importId, onEvent, signal }) => {
  onEvent({ kind: 'started', importId, total: paths.length, files: [] });
  paths.forEach((path, index) => {
    onEvent({
      kind: 'failed',
      importId,
      done: index + 1,
      total: paths.length,
      failure: { fileName: path, relativePath: path, code: 'unsupported', message: 'test', advice: 'test' },
    });
  });
  onEvent({ kind: 'finished', importId, done: paths.length, total: paths.length, cancelled: signal.aborted });
  return Promise.resolve();
};

function setup(overrides: Partial<HandlerDependencies> = {}) {
  let nextId = 0;
  const writeFile = vi.fn((_path: string, _bytes: Uint8Array) => Promise.resolve());
  const deps: HandlerDependencies = {
    imports: createImportService(echoRunner, () => `import-${++nextId}`),
    seedsFolder: '/opt/reclass/seeds',
    appInfo: APP_INFO,
    statOf: statPath,
    chooseImportPaths: () => Promise.resolve(null),
    chooseSavePath: () => Promise.resolve(null),
    confirmExternal: () => Promise.resolve(false),
    openInBrowser: vi.fn(() => Promise.resolve()),
    writeFile,
    renderPdf: vi.fn((_html: string) => Promise.resolve(Uint8Array.from(Buffer.from(PDF_BYTES)))),
    backups: {
      write: vi.fn(() => Promise.reject(new Error('disk full'))),
      list: vi.fn(() => Promise.resolve([])),
      read: vi.fn(() => Promise.resolve(new Uint8Array())),
    },
    onQuitBackupDone: vi.fn(),
    ...overrides,
  };
  return { handlers: createDesktopHandlers(deps), deps, writeFile };
}

const pathsReached = (sender: FakeSender) =>
  sender.sent.flatMap((event) => (event.kind === 'failed' ? [event.failure.fileName] : []));

describe('imports', () => {
  let base = '';
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'reclass-handlers-'));
    await writeFile(join(base, 'clerk.txt'), 'CLERK');
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('importFromDialog imports what the analyst picked and streams events to the requesting window', async () => {
    const picked = [join(base, 'clerk.txt')];
    const chooseImportPaths = vi.fn(() => Promise.resolve(picked));
    const { handlers } = setup({ chooseImportPaths });
    const sender = fakeSender();
    expect(await handlers.importFromDialog(sender, 'files')).toEqual({ importId: 'import-1' });
    expect(chooseImportPaths).toHaveBeenCalledWith(sender, 'files');
    expect(sender.sent.map((event) => event.kind)).toEqual(['started', 'failed', 'finished']);
    expect(pathsReached(sender)).toEqual(picked);
  });

  it('importFromDialog returns null when the dialog is cancelled', async () => {
    const { handlers } = setup({ chooseImportPaths: () => Promise.resolve(null) });
    const sender = fakeSender();
    expect(await handlers.importFromDialog(sender, 'folder')).toBeNull();
    expect(sender.sent).toEqual([]);
  });

  it('importDropped passes real dropped files to the pipeline', async () => {
    const { handlers } = setup();
    const sender = fakeSender();
    await handlers.importDropped(sender, [join(base, 'clerk.txt'), base]);
    expect(pathsReached(sender)).toEqual([join(base, 'clerk.txt'), base]);
  });

  it.each([
    ['an invented path', () => join(base, 'never-existed.pdf')],
    ['a relative path', () => 'clerk.txt'],
    ['a traversal path', () => `${base}/../../etc/passwd`],
  ])('importDropped rejects %s and imports nothing', async (_case, pathOf) => {
    const { handlers } = setup();
    const sender = fakeSender();
    await expect(handlers.importDropped(sender, [pathOf()])).rejects.toThrow(/^Rejected importDropped/);
    expect(sender.sent).toEqual([]);
  });

  it('importSeeds imports the seeds folder shipped with the app', async () => {
    const { handlers } = setup();
    const sender = fakeSender();
    await handlers.importSeeds(sender);
    expect(pathsReached(sender)).toEqual(['/opt/reclass/seeds']);
  });

  it('resuming passes the missing files to the pipeline, from the dialog and from the seeds', async () => {
    const seen: (readonly string[] | undefined)[] = [];
    const recordingRunner: ImportRunner = (paths, options) => {
      seen.push(options.only);
      return echoRunner(paths, options);
    };
    const { handlers } = setup({
      imports: createImportService(recordingRunner, () => 'resume'),
      chooseImportPaths: () => Promise.resolve([base]),
    });
    await handlers.importFromDialog(fakeSender(), 'folder', ['clerk.txt']);
    await handlers.importSeeds(fakeSender(), ['portland.txt']);
    await handlers.importFromDialog(fakeSender(), 'folder');
    expect(seen).toEqual([['clerk.txt'], ['portland.txt'], undefined]);
  });

  it('stops sending to a closed window and cancels its import', async () => {
    let options: Parameters<ImportRunner>[1] | undefined;
    const slowRunner: ImportRunner = (_paths, runOptions) => {
      options = runOptions;
      return new Promise((resolve) => runOptions.signal.addEventListener('abort', () => resolve()));
    };
    const { handlers } = setup({ imports: createImportService(slowRunner, () => 'slow') });
    const sender = fakeSender();
    await handlers.importSeeds(sender);
    sender.destroyed = true;
    options?.onEvent({ kind: 'started', importId: 'slow', total: 5, files: [] });
    expect(options?.signal.aborted).toBe(true);
    expect(sender.sent).toEqual([]);
  });
});

describe('saving', () => {
  it('saveAsPdf renders the printout it is given to PDF and writes it where the analyst chose', async () => {
    const chooseSavePath = vi.fn(() => Promise.resolve('/home/analyst/Clerk vs Chief'));
    const { handlers, writeFile, deps } = setup({ chooseSavePath });
    const sender = fakeSender();
    expect(await handlers.saveAsPdf(sender, 'Clerk vs Chief', PRINTOUT)).toBe(true);
    expect(chooseSavePath).toHaveBeenCalledWith(sender, 'Clerk vs Chief.pdf', {
      name: 'PDF document',
      extensions: ['pdf'],
    });
    expect(deps.renderPdf).toHaveBeenCalledWith(PRINTOUT);
    expect(writeFile).toHaveBeenCalledWith('/home/analyst/Clerk vs Chief.pdf', Uint8Array.from(Buffer.from(PDF_BYTES)));
  });

  it('saveAsPdf does not render or write when the dialog is cancelled', async () => {
    const { handlers, writeFile, deps } = setup();
    const sender = fakeSender();
    expect(await handlers.saveAsPdf(sender, 'x', PRINTOUT)).toBe(false);
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('saveFile offers the filter for the kind and writes the bytes', async () => {
    const chooseSavePath = vi.fn(() => Promise.resolve('/home/analyst/factors.xlsx'));
    const { handlers, writeFile } = setup({ chooseSavePath });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    expect(await handlers.saveFile(fakeSender(), '../factors', 'xlsx', bytes)).toBe(true);
    expect(chooseSavePath).toHaveBeenCalledWith(expect.anything(), 'factors.xlsx', {
      name: 'Excel workbook',
      extensions: ['xlsx'],
    });
    expect(writeFile).toHaveBeenCalledWith('/home/analyst/factors.xlsx', bytes);
  });
});

describe('openExternal, print, appInfo', () => {
  it('opens an https link after the analyst confirms', async () => {
    const openInBrowser = vi.fn(() => Promise.resolve());
    const { handlers } = setup({ confirmExternal: () => Promise.resolve(true), openInBrowser });
    expect(await handlers.openExternal(fakeSender(), 'https://www.opm.gov/')).toBe(true);
    expect(openInBrowser).toHaveBeenCalledWith('https://www.opm.gov/');
  });

  it('never opens a file URL, even when confirmation would be given', async () => {
    const openInBrowser = vi.fn(() => Promise.resolve());
    const { handlers } = setup({ confirmExternal: () => Promise.resolve(true), openInBrowser });
    expect(await handlers.openExternal(fakeSender(), 'file:///etc/passwd')).toBe(false);
    expect(openInBrowser).not.toHaveBeenCalled();
  });

  it('print opens the print dialog of the requesting window', async () => {
    const { handlers } = setup();
    await expect(handlers.print(fakeSender())).resolves.toBeUndefined();
  });

  it('appInfo reports name, version and platform', async () => {
    const { handlers } = setup();
    expect(await handlers.appInfo(fakeSender())).toEqual(APP_INFO);
  });
});

describe('automatic backups', () => {
  it('a failed backup on quit still lets the app quit, and the failure reaches the renderer', async () => {
    const { handlers, deps } = setup();
    await expect(handlers.writeAutomaticBackup(fakeSender(), 'quit', new Uint8Array([1]))).rejects.toThrow('disk full');
    expect(deps.onQuitBackupDone).toHaveBeenCalledTimes(1);
    await expect(handlers.writeAutomaticBackup(fakeSender(), 'daily', new Uint8Array([1]))).rejects.toThrow(
      'disk full',
    );
    expect(deps.onQuitBackupDone).toHaveBeenCalledTimes(1);
  });
});
