import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { AppInfo, MenuCommand } from '../../../shared/ipc/contract';
import {
  beginImportJournal,
  db,
  endImportJournal,
  listInterruptedImports,
  settleJournalFile,
  storeImportedSpec,
  type LibraryAccess,
} from '../db';
import { focusSearch } from '../features/library';
import { LibraryNotices, markLibraryChanged, UndoToast } from '../features/durability';
import type { Host } from '../platform';
import { navigate, routeToHash, useRoute } from '../routing';
import { AppServicesContext, ImportController, PrintoutRegistry } from '../services';
import { AboutDialog } from './AboutDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { ImportPanel } from './ImportPanel';
import { ParserUpgradeLine } from './ParserUpgradeLine';
import { ResumeImportBanner } from './ResumeImportBanner';
import { RouteView } from './RouteView';
import { TopNav } from './TopNav';
import { useFirstStartSeeds } from './useFirstStartSeeds';
import { useParserUpgrade } from './useParserUpgrade';
import { useShortcuts } from './useShortcuts';

type AppProps = Readonly<{ host: Host; access: LibraryAccess }>;

export function App({ host, access }: AppProps) {
  const imports = useMemo(
    () =>
      new ImportController(host, (spec, importId) => storeImportedSpec(spec, Date.now(), undefined, importId), {
        begin: (importId, origin, files) => beginImportJournal(importId, origin, files),
        settle: (importId, relativePath) => settleJournalFile(importId, relativePath),
        end: (importId) => endImportJournal(importId),
        listInterrupted: () => listInterruptedImports(),
      }),
    [host],
  );
  const printouts = useMemo(() => new PrintoutRegistry(), []);
  const services = useMemo(() => ({ host, imports, printouts }), [host, imports, printouts]);
  const route = useRoute();
  const [about, setAbout] = useState<AppInfo | null>(null);
  const [parserUpgrade, dismissParserUpgrade] = useParserUpgrade();

  useEffect(() => imports.connect(), [imports]);
  useFirstStartSeeds(imports, access.kind === 'read-write');
  useEffect(() => db.gate.onChange(() => markLibraryChanged(Date.now())), []);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'import-files':
          void imports.importFiles();
          break;
        case 'import-folder':
          void imports.importFolder();
          break;
        case 'find':
          if (route.name !== 'library') navigate({ name: 'library' });
          focusSearch();
          break;
        case 'print': {
          const printoutHtml = printouts.currentHtml();
          void (printoutHtml === null ? host.print() : host.printHtml(printoutHtml));
          break;
        }
        case 'about':
          void host.appInfo().then(setAbout);
          break;
      }
    },
    [host, imports, printouts, route.name],
  );
  useShortcuts(runCommand);
  useEffect(() => host.onMenuCommand(runCommand), [host, runCommand]);

  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (event.dataTransfer.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    const files = Array.from(event.dataTransfer.files);
    if (files.length === 0) return;
    event.preventDefault();
    void imports.importDropped(files);
  };

  return (
    <AppServicesContext.Provider value={services}>
      <div className="app" onDragOver={onDragOver} onDrop={onDrop}>
        <a className="skip-link" href="#main" onClick={(event) => skipToMain(event.nativeEvent)}>
          Skip to main content
        </a>
        <TopNav route={route} />
        <ResumeImportBanner />
        <LibraryNotices access={access} host={host} />
        <ImportPanel />
        <ParserUpgradeLine upgrade={parserUpgrade} onDismiss={dismissParserUpgrade} />
        <main id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={routeToHash(route)}>
            <RouteView route={route} />
          </ErrorBoundary>
        </main>
        <UndoToast />
        {about && <AboutDialog info={about} onClose={() => setAbout(null)} />}
      </div>
    </AppServicesContext.Provider>
  );
}

// The app routes by hash, so the skip link moves focus itself instead of changing the hash.
function skipToMain(event: MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
