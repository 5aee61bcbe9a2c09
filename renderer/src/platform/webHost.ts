import { version } from '../../../package.json';
import { isImportCandidate, type ImportEvent } from '../../../shared/import';
import type { Host, ImportHandle } from './host';
import { printInFrame } from './printInFrame';
import { pickFiles } from './pickFiles';
import { seedJobs } from './seedFiles';
import { createWebImporter } from './webImporter';
import type { WebJob } from './webReader';
import type { ImportWorkerLike } from './workerProtocol';

function createImportWorker(): ImportWorkerLike {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
}

function jobFromFile(file: File): WebJob {
  return { fileName: file.name, relativePath: file.webkitRelativePath || file.name, read: () => file.arrayBuffer() };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
}

function downloadBytes(document: Document, fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after click(); revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser host: file pickers and drag and drop, extraction and parsing in a Web Worker. */
export function createWebHost(document: Document): Host {
  const listeners = new Set<(event: ImportEvent) => void>();
  const emit = (event: ImportEvent): void => {
    for (const listener of listeners) listener(event);
  };
  const importer = createWebImporter({ createWorker: createImportWorker, emit, newId: () => crypto.randomUUID() });
  const start = (jobs: readonly WebJob[]): ImportHandle => ({ importId: importer.start(jobs).importId });
  const view = document.defaultView;

  return {
    kind: 'web',
    importFiles: async () => {
      const files = await pickFiles(document, false);
      return files ? start(files.map(jobFromFile)) : null;
    },
    importFolder: async () => {
      const files = await pickFiles(document, true);
      return files ? start(files.filter((file) => isImportCandidate(file.name)).map(jobFromFile)) : null;
    },
    importDropped: (files) => Promise.resolve(files.length ? start(files.map(jobFromFile)) : null),
    importSeeds: () => Promise.resolve(start(seedJobs(fetchBytes))),
    resumeImport: async (origin, missing) => {
      const wanted = new Set(missing.map((file) => file.relativePath));
      const keep = (jobs: readonly WebJob[]) => jobs.filter((job) => wanted.has(job.relativePath));
      if (origin === 'seeds') return start(keep(seedJobs(fetchBytes)));
      const files = await pickFiles(document, origin === 'folder');
      const jobs = files ? keep(files.map(jobFromFile)) : [];
      return jobs.length > 0 ? start(jobs) : null;
    },
    cancelImport: (importId) => Promise.resolve(importer.cancel(importId)),
    onImportEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // A browser tab has no application menu; its shortcuts are handled by the page itself.
    onMenuCommand: () => () => undefined,
    print: () => Promise.resolve(view?.print()),
    printHtml: (printoutHtml) => printInFrame(document, printoutHtml),
    // A browser saves PDFs from its own print dialog ("Save as PDF").
    saveAsPdf: async (_suggestedName, printoutHtml) => {
      await printInFrame(document, printoutHtml);
      return true;
    },
    saveFile: (suggestedName, _kind, bytes) => {
      downloadBytes(document, suggestedName, bytes);
      return Promise.resolve(true);
    },
    openExternal: (url) => {
      const protocol = URL.canParse(url) ? new URL(url).protocol : '';
      if (protocol !== 'https:' && protocol !== 'http:') return Promise.resolve(false);
      // With noopener, window.open returns null even on success, so there is nothing to check.
      view?.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve(true);
    },
    appInfo: () =>
      Promise.resolve({ name: 'Reclass', version, platform: `web (${view?.navigator.userAgent ?? 'browser'})` }),
    automaticBackups: null,
  };
}
