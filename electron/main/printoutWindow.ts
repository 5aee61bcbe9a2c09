import { BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDF_OPTIONS } from './printing';

/**
 * Prints a standalone printout (shared/report's HTML: escaped text, no scripts) to PDF in a hidden window with
 * JavaScript off. A temporary file rather than a data: URL, because Chromium caps URLs at 2 MB.
 */
export async function renderPrintoutPdf(printoutHtml: string, tempFolder: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tempFolder, 'reclass-printout-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
    },
  });
  try {
    const file = join(folder, 'printout.html');
    await writeFile(file, printoutHtml, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
