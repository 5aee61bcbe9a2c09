import type { AppInfo, ImportEvent, MenuCommand, SaveFileKind } from '../../../shared/ipc/contract';

export type ImportHandle = Readonly<{ importId: string }>;

/** What the UI asks of the platform it runs on: the Electron shell or a plain browser tab. */
export interface Host {
  readonly kind: 'desktop' | 'web';
  /** Lets the analyst pick files; null when the picker was cancelled. */
  importFiles(): Promise<ImportHandle | null>;
  /** Lets the analyst pick a folder (all supported files inside, recursively); null when cancelled. */
  importFolder(): Promise<ImportHandle | null>;
  /** Imports files dropped on the window. */
  importDropped(files: readonly File[]): Promise<ImportHandle | null>;
  /** Imports the sample specs that ship with the app. */
  importSeeds(): Promise<ImportHandle>;
  cancelImport(importId: string): Promise<void>;
  onImportEvent(listener: (event: ImportEvent) => void): () => void;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  print(): Promise<void>;
  saveAsPdf(suggestedName: string): Promise<boolean>;
  saveFile(suggestedName: string, kind: SaveFileKind, bytes: Uint8Array): Promise<boolean>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
}
