import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadActivityModel } from '../../../shared/compare';
import { renderStudyDocx } from '../../../shared/studyDocx';
import { buildStudyReport, renderStudyHtml } from '../../../shared/studyReport';
import { decodeStudyBundle, type Sha256 } from '../../../shared/study';
import type { CliCommand } from '../io';
import { printDate, printHtmlToPdf } from '../printout';

const USAGE = 'Usage: npm run cli -- study report <bundle-file> [--pdf out.pdf] [--docx out.docx] [--html out.html]';

const nodeSha256: Sha256 = (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));

type Targets = { pdf?: string; docx?: string; html?: string };

export type StudyReportArguments = Readonly<{
  bundle: string;
  targets: Readonly<Targets>;
}>;

/** Reads `study report` arguments; the problem as a string. Unknown options are refused, not ignored. */
export function readStudyArguments(args: readonly string[]): StudyReportArguments | string {
  const [subcommand, ...rest] = args;
  if (subcommand !== 'report')
    return subcommand ? `unknown study command "${subcommand}"` : 'study needs a command: report';
  const files: string[] = [];
  const targets: Targets = {};
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (arg === '--pdf' || arg === '--docx' || arg === '--html') {
      const path = rest[(index += 1)];
      if (!path || path.startsWith('--')) return `${arg} needs an output file path`;
      targets[arg.slice(2) as keyof Targets] = path;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [bundle] = files;
  if (files.length !== 1 || bundle === undefined)
    return `study report needs exactly one bundle file (got ${files.length})`;
  if (!targets.pdf && !targets.docx && !targets.html) return 'study report needs at least one of --pdf, --docx, --html';
  return { bundle, targets };
}

/** `study report <bundle>`: the study's report, exactly as the app prints it, from a bundle file (PDF, Word, HTML). */
export const studyCommand: CliCommand = async (args, io) => {
  const parsed = readStudyArguments(args);
  if (typeof parsed === 'string') {
    io.err(`study: ${parsed}\n${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, parsed.bundle));
  } catch (error) {
    io.err(`study: cannot read ${parsed.bundle}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const reading = await decodeStudyBundle(bytes, nodeSha256);
  if (!reading.ok) {
    io.err(`study: ${parsed.bundle}: ${reading.reason}`);
    return 1;
  }
  // The same work-activity model the app's comparisons use, so the report matches what the analyst saw.
  const report = buildStudyReport(reading.materials, printDate(new Date()), { activities: await loadActivityModel() });
  try {
    const { html, pdf, docx } = parsed.targets;
    if (html || pdf) {
      const document = renderStudyHtml(report);
      if (html) await writeFile(resolve(io.cwd, html), document, 'utf8');
      if (pdf) await printHtmlToPdf(document, resolve(io.cwd, pdf), false);
    }
    if (docx) await writeFile(resolve(io.cwd, docx), await renderStudyDocx(report));
    for (const written of [html, pdf, docx].filter(Boolean)) io.out(`Wrote ${written}`);
    return 0;
  } catch (error) {
    io.err(`study: could not write the report: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
};
