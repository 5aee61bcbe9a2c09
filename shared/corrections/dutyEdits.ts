import type { DutyCategory, Span } from '../model';
import type { CorrectedDuty } from './types';

/** The duty list after one correction, or null when the correction found nothing to change. */
export type DutyEditResult = readonly CorrectedDuty[] | null;

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim();
const LEADING_MARKER = /^(?:[•\-*▪◦●–·‣○■□➢►✓❖]|\(?\d{1,3}[.)]|\([A-Za-z]\)|[A-Za-z][.)])\s+/u;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Inside the passage, or at least half of it is (a duty's span may reach a line further than a selection). */
function isMostlyInside(duty: CorrectedDuty, passage: Span): boolean {
  const length = duty.span.end - duty.span.start;
  return length > 0 && overlap(duty.span, passage) * 2 >= length;
}

function marked(duty: CorrectedDuty, correctionId: string): CorrectedDuty {
  return {
    ...duty,
    correctionIds: [...(duty.correctionIds ?? []), correctionId],
  };
}

/** The duty a passage names: the one with exactly that span, else the one it covers most. */
function dutyAt(duties: readonly CorrectedDuty[], passage: Span): number {
  const exact = duties.findIndex((duty) => duty.span.start === passage.start && duty.span.end === passage.end);
  if (exact !== -1) return exact;
  let best = -1;
  let bestOverlap = 0;
  duties.forEach((duty, index) => {
    const shared = overlap(duty.span, passage);
    if (shared > bestOverlap && isMostlyInside(duty, passage)) {
      best = index;
      bestOverlap = shared;
    }
  });
  return best;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function nearest(positions: readonly number[], target: number): number | null {
  return positions.reduce<number | null>(
    (best, at) => (best === null || Math.abs(at - target) < Math.abs(best - target) ? at : best),
    null,
  );
}

/** Where the words of `fragment` start in text[span], whitespace-insensitively, nearest `hint`. */
function findInPassage(text: string, span: Span, fragment: string, hint: number): number | null {
  const words = fragment.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  const passage = text.slice(span.start, span.end);
  const found = [...passage.matchAll(pattern)]
    .map((match) => span.start + (match.index ?? 0))
    .filter((at) => at > span.start);
  return nearest(found, hint);
}

export function splitDuty(
  text: string,
  duties: readonly CorrectedDuty[],
  passage: Span,
  secondStart: string,
  offset: number,
  id: string,
): DutyEditResult {
  const index = dutyAt(duties, passage);
  const duty = duties[index];
  if (!duty || !secondStart.trim()) return null;
  const starts: number[] = [];
  for (let at = duty.text.indexOf(secondStart); at !== -1; at = duty.text.indexOf(secondStart, at + 1)) starts.push(at);
  const cut = nearest(
    starts.filter((at) => at > 0),
    offset,
  );
  if (cut === null) return null;
  const firstText = duty.text.slice(0, cut).trim();
  const secondText = duty.text.slice(cut).trim();
  if (!firstText || !secondText) return null;
  const length = duty.span.end - duty.span.start;
  const proportional = duty.span.start + Math.round((length * cut) / duty.text.length);
  const spanCut = findInPassage(text, duty.span, secondStart, proportional) ?? proportional;
  const first: CorrectedDuty = marked(
    {
      ...duty,
      text: firstText,
      span: { start: duty.span.start, end: spanCut },
    },
    id,
  );
  const { percentTime: _dropped, ...rest } = duty;
  const second: CorrectedDuty = marked({ ...rest, text: secondText, span: { start: spanCut, end: duty.span.end } }, id);
  return [...duties.slice(0, index), first, second, ...duties.slice(index + 1)];
}

export function mergeDuties(duties: readonly CorrectedDuty[], passage: Span, id: string): DutyEditResult {
  const inside = duties.flatMap((duty, index) => (isMostlyInside(duty, passage) ? [index] : []));
  if (inside.length < 2) return null;
  const parts = inside.map((index) => duties[index] as CorrectedDuty);
  const first = parts[0] as CorrectedDuty;
  const percents = parts.map((duty) => duty.percentTime);
  const percentTime = percents.every((value) => value !== undefined)
    ? percents.reduce<number>((sum, value) => sum + (value ?? 0), 0)
    : undefined;
  const merged: CorrectedDuty = {
    text: parts.map((duty) => duty.text).join(' '),
    category: first.category,
    span: {
      start: Math.min(...parts.map((duty) => duty.span.start)),
      end: Math.max(...parts.map((duty) => duty.span.end)),
    },
    ...(percentTime === undefined ? {} : { percentTime }),
    correctionIds: [...new Set(parts.flatMap((duty) => duty.correctionIds ?? [])), id],
  };
  const removed = new Set(inside);
  return duties.flatMap((duty, index) => (index === inside[0] ? [merged] : removed.has(index) ? [] : [duty]));
}

export function removeDuties(duties: readonly CorrectedDuty[], passage: Span): DutyEditResult {
  const kept = duties.filter((duty) => !isMostlyInside(duty, passage));
  return kept.length === duties.length ? null : kept;
}

/** Inserted in document order among the duties of its category (essential duties stay first). */
function insertDuty(duties: readonly CorrectedDuty[], duty: CorrectedDuty): readonly CorrectedDuty[] {
  const order = (item: CorrectedDuty) => (item.category === 'essential' ? 0 : 1);
  const at = duties.findIndex(
    (other) => order(other) > order(duty) || (order(other) === order(duty) && other.span.start > duty.span.start),
  );
  return at === -1 ? [...duties, duty] : [...duties.slice(0, at), duty, ...duties.slice(at)];
}

export function markDuty(
  text: string,
  duties: readonly CorrectedDuty[],
  passage: Span,
  category: DutyCategory,
  id: string,
): DutyEditResult {
  const statement = collapse(text.slice(passage.start, passage.end)).replace(LEADING_MARKER, '');
  if (!statement) return null;
  const others = duties.filter((duty) => !isMostlyInside(duty, passage));
  return insertDuty(others, {
    text: statement,
    category,
    span: passage,
    correctionIds: [id],
  });
}

/** A typed duty has no passage: it sits at the end of the text, after every printed duty of its category. */
export function addDuty(
  text: string,
  duties: readonly CorrectedDuty[],
  statement: string,
  category: DutyCategory,
  id: string,
): DutyEditResult {
  const value = collapse(statement);
  if (!value) return null;
  return insertDuty(duties, {
    text: value,
    category,
    span: { start: text.length, end: text.length },
    correctionIds: [id],
  });
}

export function categorizeDuty(
  duties: readonly CorrectedDuty[],
  passage: Span,
  category: DutyCategory,
  id: string,
): DutyEditResult {
  const index = dutyAt(duties, passage);
  const duty = duties[index];
  if (!duty) return null;
  const others = duties.filter((_, at) => at !== index);
  return insertDuty(others, marked({ ...duty, category }, id));
}
