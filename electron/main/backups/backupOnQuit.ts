import { BACKUP_REQUEST_CHANNEL } from '../../../shared/ipc/contract';

type QuitEvent = Readonly<{ preventDefault: () => void }>;
export type QuittingApp = Readonly<{
  on: (event: 'before-quit', listener: (event: QuitEvent) => void) => unknown;
  quit: () => void;
}>;
type Receiver = Readonly<{ isDestroyed: () => boolean; send: (channel: string) => void }>;

/** How long quitting waits for the renderer's backup before it goes ahead anyway. */
export const QUIT_BACKUP_WAIT_MS = 15_000;

/**
 * On quit, asks the window for a backup and waits until it is written (or the wait runs out),
 * then quits for real. Returns the function main calls when a 'quit' backup was stored.
 */
export function installBackupOnQuit(
  app: QuittingApp,
  window: () => Receiver | null,
  waitMs = QUIT_BACKUP_WAIT_MS,
): () => void {
  let phase: 'running' | 'waiting' | 'done' = 'running';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (): void => {
    if (phase !== 'waiting') return;
    phase = 'done';
    clearTimeout(timer);
    app.quit();
  };
  app.on('before-quit', (event) => {
    if (phase === 'done') return;
    const target = window();
    if (!target || target.isDestroyed()) return;
    event.preventDefault();
    if (phase === 'waiting') return;
    phase = 'waiting';
    target.send(BACKUP_REQUEST_CHANNEL);
    timer = setTimeout(finish, waitMs);
  });
  return finish;
}
