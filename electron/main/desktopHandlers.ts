import type { WebContents } from 'electron';
import {
  IMPORT_EVENT_CHANNEL,
  type AppInfo,
  type ImportEvent,
  type ImportSource,
  type SaveFileKind,
} from '../../shared/ipc/contract';
import type { AutomaticBackupStore } from './backups/automaticBackupStore';
import { acceptDroppedPaths, type StatPath } from './files';
import type { ImportService } from './importService';
import { RejectedIpcCall, type DesktopHandlers } from './ipc';
import { printContents } from './printing';
import { ensureExtension, SAVE_FILTERS, toSafeFileName, type SaveFilter } from './saveTargets';
import { openExternalUrl } from './security';

export type HandlerSender = Pick<WebContents, 'send' | 'isDestroyed' | 'print'>;

export type HandlerDependencies = Readonly<{
  imports: ImportService;
  /** The seeds/ folder shipped with the app. */
  seedsFolder: string;
  appInfo: AppInfo;
  statOf: StatPath;
  chooseImportPaths: (sender: HandlerSender, source: ImportSource) => Promise<readonly string[] | null>;
  chooseSavePath: (sender: HandlerSender, defaultName: string, filter: SaveFilter) => Promise<string | null>;
  confirmExternal: (sender: HandlerSender, url: string) => Promise<boolean>;
  openInBrowser: (url: string) => Promise<void>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Renders a standalone printout to PDF bytes (the same document the CLI's --pdf prints). */
  renderPdf: (printoutHtml: string) => Promise<Uint8Array>;
  backups: AutomaticBackupStore;
  /** A backup asked for on quit was written (or failed): quitting may go ahead. */
  onQuitBackupDone: () => void;
}>;

export function createDesktopHandlers(deps: HandlerDependencies): DesktopHandlers<HandlerSender> {
  const startImport = (
    sender: HandlerSender,
    paths: readonly string[],
    only?: readonly string[],
  ): Readonly<{ importId: string }> =>
    deps.imports.start(
      paths,
      (event: ImportEvent) => {
        // A closed window cannot receive progress, so its import stops instead of parsing for nobody.
        if (sender.isDestroyed()) deps.imports.cancel(event.importId);
        else sender.send(IMPORT_EVENT_CHANNEL, event);
      },
      only,
    );

  const saveBytes = async (
    sender: HandlerSender,
    suggestedName: string,
    kind: SaveFileKind,
    produce: () => Promise<Uint8Array>,
  ): Promise<boolean> => {
    const target = await deps.chooseSavePath(sender, toSafeFileName(suggestedName, kind), SAVE_FILTERS[kind]);
    if (target === null) return false;
    await deps.writeFile(ensureExtension(target, kind), await produce());
    return true;
  };

  return {
    importFromDialog: async (sender, source, only) => {
      const paths = await deps.chooseImportPaths(sender, source);
      return paths === null || paths.length === 0 ? null : startImport(sender, paths, only);
    },
    importDropped: async (sender, paths) => {
      const accepted = await acceptDroppedPaths(paths, deps.statOf);
      if (!accepted.ok) throw new RejectedIpcCall(`Rejected importDropped: ${accepted.error}`);
      return startImport(sender, accepted.paths);
    },
    importSeeds: (sender, only) => Promise.resolve(startImport(sender, [deps.seedsFolder], only)),
    cancelImport: (_sender, importId) => {
      deps.imports.cancel(importId);
      return Promise.resolve();
    },
    print: (sender) => printContents(sender),
    saveAsPdf: (sender, suggestedName, printoutHtml) =>
      saveBytes(sender, suggestedName, 'pdf', () => deps.renderPdf(printoutHtml)),
    saveFile: (sender, suggestedName, kind, bytes) =>
      saveBytes(sender, suggestedName, kind, () => Promise.resolve(bytes)),
    openExternal: (sender, url) =>
      openExternalUrl(url, (href) => deps.confirmExternal(sender, href), deps.openInBrowser),
    appInfo: () => Promise.resolve(deps.appInfo),
    writeAutomaticBackup: async (_sender, reason, bytes) => {
      try {
        return await deps.backups.write(reason, bytes);
      } finally {
        if (reason === 'quit') deps.onQuitBackupDone();
      }
    },
    listAutomaticBackups: () => deps.backups.list(),
    readAutomaticBackup: (_sender, fileName) => deps.backups.read(fileName),
  };
}
