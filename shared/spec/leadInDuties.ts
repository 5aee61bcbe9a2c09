import type { Block } from './blocks';
import { segmentDuties, type DutyReadingNotes } from './duties';
import type { Line } from './lines';
import { readListMarker } from './lineShape';
import type { Duty, SpecWarning } from '../model';

// "Duties of the position include:", "Responsibilities will include:": prose that introduces the duty list.
const LEAD_IN = /\b(duties|responsibilities|tasks|functions)\b[^.!?]*\b(include|includes|are|will be)\b[^.!?]*:$/i;

// The list right after a lead-in: its items and their wrapped lines, up to the first blank line not followed by another item.
function listAfter(lines: readonly Line[], leadIn: number, headingLines: ReadonlySet<number>): Block | null {
  let first = leadIn + 1;
  while (lines[first]?.isBlank === true) first++;
  const firstLine = lines[first];
  if (firstLine === undefined || readListMarker(firstLine) === null) return null;
  let end = first + 1;
  for (; end < lines.length; end++) {
    const line = lines[end];
    if (line === undefined || headingLines.has(end)) break;
    if (line.isBlank) {
      const next = lines[end + 1];
      if (next === undefined || next.isBlank || readListMarker(next) === null) break;
    }
  }
  return { kind: 'duties', firstLine: first, endLine: end, start: firstLine.start, isLabelled: false };
}

/**
 * Duties of a document with no duty heading, read from the lists that prose introduces as its duties
 * ("Duties of the position include:" inside a job description), with a warning that they were found that way.
 */
export function readLeadInDuties(
  text: string,
  lines: readonly Line[],
  headingLines: ReadonlySet<number>,
  notes: DutyReadingNotes,
): { duties: Duty[]; warning?: SpecWarning } {
  const duties: Duty[] = [];
  let firstLeadIn: Line | undefined;
  for (const line of lines) {
    if (
      line.isBlank ||
      headingLines.has(line.index) ||
      !line.text.endsWith(':') ||
      readListMarker(line) !== null ||
      !LEAD_IN.test(line.text)
    )
      continue;
    const list = listAfter(lines, line.index, headingLines);
    if (list === null) continue;
    firstLeadIn ??= line;
    duties.push(...segmentDuties(text, lines, list, list.endLine, 'essential', notes));
  }
  if (firstLeadIn === undefined || duties.length === 0) return { duties };
  const leadIn = firstLeadIn.text.length > 60 ? `${firstLeadIn.text.slice(0, 57)}…` : firstLeadIn.text;
  return {
    duties,
    warning: {
      code: 'duties-from-lead-in',
      message: `No duty heading was found; the duties are the list after "${leadIn}": check them.`,
      span: firstLeadIn.content,
    },
  };
}
