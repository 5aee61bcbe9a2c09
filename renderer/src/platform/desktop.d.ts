import type { DesktopApi, DesktopFiles } from '../../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present only inside the Electron shell (exposed by the preload). */
    readonly desktop?: DesktopApi;
    readonly desktopFiles?: DesktopFiles<File>;
  }
}
