import { describe, expect, it, vi } from 'vitest';
import { installBackupOnQuit, type QuittingApp } from '../../../../../electron/main/backups/backupOnQuit';

function fakeApp() {
  let listener: ((event: { preventDefault: () => void }) => void) | undefined;
  const quit = vi.fn(() => {
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    return event;
  });
  const app: QuittingApp = { on: (_name, next) => (listener = next), quit };
  const requestQuit = () => {
    const event = { preventDefault: vi.fn() };
    listener?.(event);
    return event;
  };
  return { app, quit, requestQuit };
}

describe('backup on quit', () => {
  it('holds the quit, asks the window for a backup, and quits once it is written', () => {
    const { app, quit, requestQuit } = fakeApp();
    const window = { isDestroyed: () => false, send: vi.fn() };
    const done = installBackupOnQuit(app, () => window, 10_000);
    const first = requestQuit();
    expect(first.preventDefault).toHaveBeenCalled();
    expect(window.send).toHaveBeenCalledWith('app:backupRequest');
    requestQuit();
    expect(window.send).toHaveBeenCalledTimes(1);
    done();
    expect(quit).toHaveBeenCalledTimes(1);
    const finalQuit = quit.mock.results[0]?.value as { preventDefault: () => void } | undefined;
    expect(finalQuit?.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when the backup does not arrive in time', () => {
    vi.useFakeTimers();
    const { app, quit, requestQuit } = fakeApp();
    installBackupOnQuit(app, () => ({ isDestroyed: () => false, send: vi.fn() }), 5_000);
    requestQuit();
    vi.advanceTimersByTime(4_999);
    expect(quit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quit).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('does not hold the quit when there is no window to ask', () => {
    const { app, requestQuit } = fakeApp();
    installBackupOnQuit(app, () => null);
    expect(requestQuit().preventDefault).not.toHaveBeenCalled();
  });
});
