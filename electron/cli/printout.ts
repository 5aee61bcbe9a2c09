import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Comparison } from '../../shared/compare';
import { isCorrectedRecord } from '../../shared/corrections';
import { buildComparisonReport, provenanceRow, renderComparisonHtml } from '../../shared/report';
import type { ClassSpec } from '../../shared/model';
import type { CliIo } from './io';

export type PrintoutTargets = Readonly<{ html?: string; pdf?: string }>;
/** Who prepared the printout and for which case (`--preparer`, `--case`). */
export type PrintoutFields = Readonly<{ preparer?: string; caseNumber?: string }>;

const VALUE_OPTIONS: Readonly<Record<string, 'html' | 'pdf' | 'preparer' | 'caseNumber'>> = {
  '--html': 'html',
  '--pdf': 'pdf',
  '--preparer': 'preparer',
  '--case': 'caseNumber',
};

/** Takes `--html <out>` / `--pdf <out>` / `--preparer <name>` / `--case <number>` out of a command's arguments; the problem as a string when one lacks its value. */
export function takePrintoutOptions(
  args: readonly string[],
): Readonly<{ targets: PrintoutTargets; fields: PrintoutFields; rest: string[] }> | string {
  const rest: string[] = [];
  const values: { html?: string; pdf?: string; preparer?: string; caseNumber?: string } = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const key = VALUE_OPTIONS[arg];
    if (!key) {
      rest.push(arg);
      continue;
    }
    const value = args[(index += 1)];
    if (!value || value.startsWith('--'))
      return key === 'html' || key === 'pdf' ? `${arg} needs an output file path` : `${arg} needs a value`;
    values[key] = value;
  }
  const { preparer, caseNumber, ...targets } = values;
  return { targets, fields: { ...(preparer ? { preparer } : {}), ...(caseNumber ? { caseNumber } : {}) }, rest };
}

/** A document as the CLI read it: its text's SHA-256 and the name it was given on the command line. */
export type PrintedDocument = Readonly<{ spec: ClassSpec; hash?: string; file?: string }>;

/** The same printout the app prints: shared/report's standalone document, with where each document came from. */
export function buildPrintoutHtml(
  a: ClassSpec | PrintedDocument,
  b: ClassSpec | PrintedDocument,
  comparison: Comparison,
  generatedOn: string,
  fields: PrintoutFields = {},
): string {
  const documentOf = (value: ClassSpec | PrintedDocument): PrintedDocument =>
    'spec' in value ? value : { spec: value };
  const [left, right] = [documentOf(a), documentOf(b)];
  const source = (document: PrintedDocument) =>
    document.hash && document.file ? { id: document.hash, version: null, sourceName: document.file } : null;
  const withSources = source(left) && source(right);
  const report = buildComparisonReport({
    comparison,
    dutiesA: left.spec.duties.map((duty) => duty.text),
    dutiesB: right.spec.duties.map((duty) => duty.text),
    notes: [],
    differencesOnly: false,
    generatedOn,
    ...(withSources
      ? { provenance: [provenanceRow('A', left.spec, source(left)), provenanceRow('B', right.spec, source(right))] }
      : {}),
    ...fields,
    corrected: { a: isCorrectedRecord(left.spec), b: isCorrectedRecord(right.spec) },
  });
  return renderComparisonHtml(report);
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Prints HTML to PDF with headless Chromium, honouring the document's @page rules (header, "Page n of m"); landscape unless told otherwise. */
export async function printHtmlToPdf(html: string, outPath: string, landscape = true): Promise<void> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.RECLASS_CHROMIUM ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  // Chromium refuses to start sandboxed as root (CI containers); the page is our own script-free document.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: outPath, landscape, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/** Writes the requested printouts; returns the exit code (1 when a file could not be written). */
export async function writePrintouts(
  targets: PrintoutTargets,
  html: string,
  io: CliIo,
  quiet: boolean,
  command = 'compare',
): Promise<number> {
  try {
    if (targets.html) {
      await writeFile(resolve(io.cwd, targets.html), html, 'utf8');
      if (!quiet) io.out(`Wrote ${targets.html}`);
    }
    if (targets.pdf) {
      await printHtmlToPdf(html, resolve(io.cwd, targets.pdf));
      if (!quiet) io.out(`Wrote ${targets.pdf}`);
    }
    return 0;
  } catch (error) {
    io.err(`${command}: could not write the printout: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export const printDate = (now: Date): string =>
  now.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
