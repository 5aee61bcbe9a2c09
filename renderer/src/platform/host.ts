import type { FileRef } from '../../../shared/import';
import type { AutomaticBackupInfo, AutomaticBackupReason, DesktopApi } from '../../../shared/ipc/contract';

/** Methods the Host offers exactly as the desktop bridge does (the web host implements them too). */
type PassThroughMethod =
  | 'importSeeds'
  | 'cancelImport'
  | 'onImportEvent'
  | 'onMenuCommand'
  | 'print'
  | 'saveAsPdf'
  | 'saveFile'
  | 'openExternal'
  | 'appInfo';

export type ImportHandle = Readonly<{ importId: string }>;

/** Automatic backups kept by the desktop shell in its user-data folder (the browser has no such place). */
export type AutomaticBackups = Readonly<{
  write: (reason: AutomaticBackupReason, bytes: Uint8Array) => Promise<AutomaticBackupInfo>;
  list: () => Promise<readonly AutomaticBackupInfo[]>;
  read: (fileName: string) => Promise<Uint8Array>;
  /** Main asks for a backup before quitting. */
  onRequest: (listener: () => void) => () => void;
}>;

/** What the UI asks of the platform it runs on: the Electron shell or a plain browser tab. */
export interface Host extends Pick<DesktopApi, PassThroughMethod> {
  readonly kind: 'desktop' | 'web';
  /** Lets the analyst pick files; null when the picker was cancelled. */
  importFiles(): Promise<ImportHandle | null>;
  /** Lets the analyst pick a folder (all supported files inside, recursively); null when cancelled. */
  importFolder(): Promise<ImportHandle | null>;
  /** Imports files dropped on the window. */
  importDropped(files: readonly File[]): Promise<ImportHandle | null>;
  /**
   * Imports what an interrupted import never got to. The web build cannot reopen files on its own,
   * so it asks for the same kind of selection again and imports only the `missing` files from it;
   * the desktop re-imports the selection (files already stored come back as unchanged).
   */
  resumeImport(
    origin: 'files' | 'folder' | 'dropped' | 'seeds',
    missing: readonly FileRef[],
  ): Promise<ImportHandle | null>;
  /** Opens the print dialog for a standalone printout (shared/report's HTML), printed from a sandboxed frame. */
  printHtml(printoutHtml: string): Promise<void>;
  /** null in the browser: there a backup is always a download the analyst keeps. */
  readonly automaticBackups: AutomaticBackups | null;
}
