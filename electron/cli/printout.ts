import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Comparison } from '../../shared/compare';
import { isCorrectedRecord } from '../../shared/corrections';
import { buildComparisonReport, renderComparisonHtml } from '../../shared/report';
import type { ClassSpec } from '../../shared/model';
import type { CliIo } from './io';

export type PrintoutTargets = Readonly<{ html?: string; pdf?: string }>;

/** Takes `--html <out>` / `--pdf <out>` out of a command's arguments; the problem as a string when one lacks its path. */
export function takePrintoutOptions(args: readonly string[]): Readonly<{ targets: PrintoutTargets; rest: string[] }> | string {
  const rest: string[] = [];
  const targets: { html?: string; pdf?: string } = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg !== '--html' && arg !== '--pdf') {
      rest.push(arg);
      continue;
    }
    const path = args[(index += 1)];
    if (!path || path.startsWith('--')) return `${arg} needs an output file path`;
    targets[arg === '--html' ? 'html' : 'pdf'] = path;
  }
  return { targets, rest };
}

/** The same printout the app prints: shared/report's standalone document. */
export function buildPrintoutHtml(a: ClassSpec, b: ClassSpec, comparison: Comparison, generatedOn: string): string {
  const report = buildComparisonReport({
    comparison,
    dutiesA: a.duties.map((duty) => duty.text),
    dutiesB: b.duties.map((duty) => duty.text),
    notes: [],
    differencesOnly: false,
    generatedOn,
    corrected: { a: isCorrectedRecord(a), b: isCorrectedRecord(b) },
  });
  return renderComparisonHtml(report);
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Prints HTML to a landscape PDF with headless Chromium, honouring the document's @page rules (header, "Page n of m"). */
export async function printHtmlToPdf(html: string, outPath: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.RECLASS_CHROMIUM ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  // Chromium refuses to start sandboxed as root (CI containers); the page is our own script-free document.
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: outPath, landscape: true, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/** Writes the requested printouts; returns the exit code (1 when a file could not be written). */
export async function writePrintouts(targets: PrintoutTargets, html: string, io: CliIo, quiet: boolean): Promise<number> {
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
    io.err(`compare: could not write the printout: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

export const printDate = (now: Date): string => now.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
