import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelOf, type DesktopApi, type DesktopMethod } from '../../shared/ipc/contract';
import { parseDesktopArguments } from '../../shared/ipc/validate';
import type { UrlCheck } from './security';

/** One handler per DesktopApi method: adding a method to the contract fails to compile until it is handled here. */
export type DesktopHandlers<Sender = WebContents> = {
  readonly [M in DesktopMethod]: (sender: Sender, ...args: Parameters<DesktopApi[M]>) => ReturnType<DesktopApi[M]>;
};

type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;
type HandleRegistry = Pick<IpcMain, 'handle'>;

export class RejectedIpcCall extends Error {
  override readonly name = 'RejectedIpcCall';
}

/**
 * Every call is checked the same way before its handler runs: the sending frame must be the
 * app's own page, and the arguments (arriving as unknown) must match the method's schema.
 */
export async function invokeChecked<M extends DesktopMethod>(
  handlers: DesktopHandlers,
  method: M,
  event: InvokeEvent,
  args: readonly unknown[],
  isTrusted: UrlCheck,
): Promise<Awaited<ReturnType<DesktopApi[M]>>> {
  const senderUrl = event.senderFrame?.url ?? '';
  if (!isTrusted(senderUrl)) throw new RejectedIpcCall(`Rejected ${method}: untrusted sender`);
  const parsed = parseDesktopArguments(method, args);
  if (!parsed.ok) throw new RejectedIpcCall(`Rejected ${parsed.error.message}`);
  const handler = handlers[method] as (
    sender: WebContents,
    ...args: Parameters<DesktopApi[M]>
  ) => ReturnType<DesktopApi[M]>;
  return await handler(event.sender, ...parsed.args);
}

export function registerIpc(ipc: HandleRegistry, handlers: DesktopHandlers, isTrusted: UrlCheck): void {
  for (const method of Object.keys(handlers) as DesktopMethod[]) {
    ipc.handle(channelOf(method), (event, ...args: unknown[]) =>
      invokeChecked(handlers, method, event, args, isTrusted).catch((error: unknown) => {
        // A rejected call means a bug or a compromised page: leave a trace in the main log, then tell the caller.
        if (error instanceof RejectedIpcCall) console.warn(error.message);
        throw error;
      }),
    );
  }
}
