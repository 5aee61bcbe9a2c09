// Import throughput over a generated corpus: TXT (extract + parse), PDF (extraction, with poppler's
// pdftotext -layout on the same files as the yardstick), DOCX (extract + parse), and TXT through the worker pool.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createImporter, sourceWorkerScript } from '../../electron/main/import';
import { extractDocument } from '../../shared/extract';
import { specFromText } from '../../shared/import';
import { writeCorpus } from './corpus';

const TXT_SPECS = 2000;
const BINARY_SPECS = 150;

type Figures = Record<string, number | string | null>;

const round = (value: number) => Math.round(value * 10) / 10;
const perSecond = (count: number, milliseconds: number) => round((count * 1000) / milliseconds);

async function readAll(paths: readonly string[]): Promise<Uint8Array[]> {
  return Promise.all(paths.map(async (path) => new Uint8Array(await readFile(path))));
}

type Timing = { extractMs: number; parseMs: number; pages: number };

/** Extracts (and optionally parses) every file in process, timing the two stages apart. */
async function timeExtraction(files: readonly Uint8Array[], names: readonly string[], parse: boolean): Promise<Timing> {
  const timing: Timing = { extractMs: 0, parseMs: 0, pages: 0 };
  for (const [index, bytes] of files.entries()) {
    const started = performance.now();
    const outcome = await extractDocument(bytes, names[index] ?? '');
    const extracted = performance.now();
    if (!outcome.ok) throw new Error(`${names[index]}: ${outcome.error.message}`);
    timing.pages += outcome.document.pageCount ?? 1;
    if (parse) specFromText(outcome.document.text);
    timing.extractMs += extracted - started;
    timing.parseMs += performance.now() - extracted;
  }
  return timing;
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** pdftotext -layout over the same PDFs, one process per file as an importer would run it. */
async function timePdftotext(paths: readonly string[]): Promise<number> {
  const run = promisify(execFile);
  const started = performance.now();
  for (const path of paths) await run('pdftotext', ['-layout', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - started;
}

async function timePool(folder: string): Promise<{ ms: number; imported: number }> {
  const started = performance.now();
  const summary = await createImporter(sourceWorkerScript).importFiles([folder], { onEvent: () => undefined });
  return { ms: performance.now() - started, imported: summary.imported.length };
}

export async function measureImport(): Promise<Figures> {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-bench-'));
  try {
    process.stderr.write(`bench: import: writing ${TXT_SPECS} TXT and ${BINARY_SPECS} PDF + DOCX specs to ${folder}\n`);
    const writeStarted = performance.now();
    const corpus = await writeCorpus(folder, TXT_SPECS, BINARY_SPECS);
    process.stderr.write(`bench: import: corpus written in ${Math.round(performance.now() - writeStarted)} ms\n`);
    const [txt, pdf, docx] = await Promise.all([readAll(corpus.txt), readAll(corpus.pdf), readAll(corpus.docx)]);
    // Warm-up: JIT, pdf.js and mammoth module loading are not what we measure.
    await timeExtraction(txt.slice(0, 50), corpus.txt, true);
    await timeExtraction(pdf.slice(0, 5), corpus.pdf, false);
    await timeExtraction(docx.slice(0, 5), corpus.docx, true);

    const txtRun = await timeExtraction(txt, corpus.txt, true);
    const pdfRun = await timeExtraction(pdf, corpus.pdf, false);
    const docxRun = await timeExtraction(docx, corpus.docx, true);
    const pdftotextMs = hasPdftotext() ? await timePdftotext(corpus.pdf) : null;
    const pool = await timePool(join(folder, 'txt'));
    return {
      'import.txt_specs_per_s': perSecond(txt.length, txtRun.extractMs + txtRun.parseMs),
      'import.txt_extract_specs_per_s': perSecond(txt.length, txtRun.extractMs),
      'import.parse_specs_per_s': perSecond(txt.length, txtRun.parseMs),
      'import.pdf_pages_per_s': perSecond(pdfRun.pages, pdfRun.extractMs),
      'import.pdftotext_pages_per_s': pdftotextMs === null ? null : perSecond(pdfRun.pages, pdftotextMs),
      'import.docx_specs_per_s': perSecond(docx.length, docxRun.extractMs + docxRun.parseMs),
      'import.docx_extract_specs_per_s': perSecond(docx.length, docxRun.extractMs),
      'import.pool_txt_specs_per_s': perSecond(pool.imported, pool.ms),
      'import.corpus_specs': txt.length + pdf.length + docx.length,
      'import.corpus_pdf_pages': pdfRun.pages,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
