import type { Span } from '../../model';

/** One run of the source map: normalized [span.start, span.end) came from `sourceStart` onwards. */
export type SourceRun = Readonly<{ span: Span; sourceStart: number; page?: number }>;

/** Text together with where each part of it came from. */
export type MappedText = Readonly<{ text: string; runs: readonly SourceRun[] }>;

export function identityMapped(text: string): MappedText {
  return { text, runs: text.length > 0 ? [{ span: { start: 0, end: text.length }, sourceStart: 0 }] : [] };
}

/** Source position (and page) of a normalized offset; offsets past the end map to the last run's end. */
export function sourceOf(runs: readonly SourceRun[], offset: number): Readonly<{ sourceStart: number; page?: number }> {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const run = runs[middle];
    if (!run) break;
    if (offset < run.span.start) high = middle - 1;
    else if (offset >= run.span.end) low = middle + 1;
    else return withPage(run, run.sourceStart + (offset - run.span.start));
  }
  const last = runs[Math.max(0, Math.min(low, runs.length) - 1)];
  return last ? withPage(last, last.sourceStart + (last.span.end - last.span.start)) : { sourceStart: 0 };
}

const withPage = (run: SourceRun, sourceStart: number) =>
  run.page === undefined ? { sourceStart } : { sourceStart, page: run.page };

function pushRun(runs: SourceRun[], run: SourceRun): void {
  if (run.span.end <= run.span.start) return;
  const previous = runs[runs.length - 1];
  const contiguous =
    previous &&
    previous.span.end === run.span.start &&
    previous.page === run.page &&
    previous.sourceStart + (previous.span.end - previous.span.start) === run.sourceStart;
  if (contiguous) runs[runs.length - 1] = { ...previous, span: { start: previous.span.start, end: run.span.end } };
  else runs.push(run);
}

/** Copies the runs covering old [start, end) to begin at `target` in the new text. */
function copyRuns(into: SourceRun[], runs: readonly SourceRun[], start: number, end: number, target: number): void {
  for (const run of runs) {
    if (run.span.end <= start) continue;
    if (run.span.start >= end) break;
    const from = Math.max(start, run.span.start);
    const to = Math.min(end, run.span.end);
    const shifted: SourceRun = {
      span: { start: target + (from - start), end: target + (to - start) },
      sourceStart: run.sourceStart + (from - run.span.start),
      ...(run.page === undefined ? {} : { page: run.page }),
    };
    pushRun(into, shifted);
  }
}

/**
 * Replaces every match of `pattern` (which must be global) and keeps the source map right:
 * untouched text keeps its runs, a replacement maps to where its match began.
 */
export function rewriteMapped(input: MappedText, pattern: RegExp, replace: (match: string) => string): MappedText {
  let text = '';
  const runs: SourceRun[] = [];
  let consumed = 0;
  for (const match of input.text.matchAll(pattern)) {
    const start = match.index;
    const replacement = replace(match[0]);
    if (replacement === match[0]) continue;
    copyRuns(runs, input.runs, consumed, start, text.length);
    text += input.text.slice(consumed, start);
    const origin = sourceOf(input.runs, start);
    pushRun(runs, { span: { start: text.length, end: text.length + replacement.length }, ...origin });
    text += replacement;
    consumed = start + match[0].length;
  }
  if (consumed === 0 && text.length === 0) return input;
  copyRuns(runs, input.runs, consumed, input.text.length, text.length);
  text += input.text.slice(consumed);
  return { text, runs };
}
