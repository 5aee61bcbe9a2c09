import type { Line } from './lines';
import { collapseSpace } from './lines';
import { countWords } from './lineShape';
import type { Duty } from '../model';

const PERCENT_CELL = /^(\d{1,3}(?:\.\d+)?)\s?%$/;
const TABLE_HEADER_WORDS =
  /\b(duties|duty|responsibilit\w*|tasks?|activities|functions?|description|accountabilit\w*|percent|time)\b|%/i;

// A table row ("1\tPlans and directs the work of staff.\t30%"): the longest text cell is the duty.
export function readTableRow(text: string, line: Line): Duty | null {
  let offset = line.content.start;
  let percentTime: number | undefined;
  let best: { start: number; value: string } | null = null;
  for (const raw of line.text.split('\t')) {
    const value = raw.trim();
    const start = offset + raw.indexOf(value);
    offset += raw.length + 1;
    const percent = PERCENT_CELL.exec(value);
    if (percent?.[1] !== undefined) percentTime = Number(percent[1]);
    else if (/\p{L}{2}/u.test(value) && (best === null || value.length > best.value.length)) best = { start, value };
  }
  if (best === null || /^total\b/i.test(best.value)) return null;
  const isHeaderRow =
    percentTime === undefined &&
    countWords(best.value) <= 5 &&
    !/[.;]$/.test(best.value) &&
    TABLE_HEADER_WORDS.test(line.text);
  if (isHeaderRow) return null;
  const span = { start: best.start, end: best.start + best.value.length };
  return {
    text: collapseSpace(text.slice(span.start, span.end)),
    category: 'essential',
    span,
    ...(percentTime === undefined ? {} : { percentTime }),
  };
}
