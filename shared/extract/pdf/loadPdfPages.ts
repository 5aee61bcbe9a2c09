import type * as Pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfPage, PdfTextItem } from './pdfTypes';

type PdfjsModule = typeof Pdfjs;

let pdfjsPromise: Promise<PdfjsModule> | undefined;

/**
 * pdf.js runs in the calling thread: importing its worker module registers
 * globalThis.pdfjsWorker, which pdf.js uses instead of spawning a worker. We are already on a
 * worker thread (Node worker_threads or a browser Web Worker), so no workerSrc is needed.
 */
function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then(
    () => import('pdfjs-dist/legacy/build/pdf.mjs'),
  );
  return pdfjsPromise;
}

export type PdfLoadResult =
  | Readonly<{ ok: true; pages: readonly PdfPage[] }>
  | Readonly<{ ok: false; reason: 'password' | 'corrupt'; detail: string }>;

type RawItem = Readonly<{ str?: unknown; transform?: unknown; width?: unknown }>;

function toTextItem(raw: RawItem): PdfTextItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform as number[];
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
  return { text: raw.str, x, y, width: typeof raw.width === 'number' ? raw.width : 0, fontSize };
}

/** Opens the PDF and reads the text runs of every page; expected failures come back as values. */
export async function loadPdfPages(bytes: Uint8Array): Promise<PdfLoadResult> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given; keep the caller's bytes intact.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items
        .map((item) => toTextItem(item as RawItem))
        .filter((item): item is PdfTextItem => item !== null);
      pages.push({ index: number - 1, items });
      page.cleanup();
    }
    return { ok: true, pages };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: name === 'PasswordException' ? 'password' : 'corrupt', detail };
  } finally {
    await task.destroy();
  }
}
