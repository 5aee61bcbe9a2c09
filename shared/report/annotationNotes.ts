import type { DutyPair } from '../compare';
import type { Span } from '../model';
import { dutyRowKey } from './rowKeys';

/** An analyst's annotation on one side of a comparison, as the printout needs it. */
export type PrintedAnnotation = Readonly<{
  start: number;
  end: number;
  quote: string;
  note: string;
  tags: readonly string[];
}>;

/** One side's annotations and the spans of its duties (to put each annotation on its duty's row). */
export type SideAnnotations = Readonly<{ dutySpans: readonly Span[]; annotations: readonly PrintedAnnotation[] }>;

export type ComparisonAnnotations = Readonly<{ a?: SideAnnotations; b?: SideAnnotations }>;

/** Row key for a side's annotations that sit on no printed duty row. */
export const annotationsRowKey = (side: 'a' | 'b'): string => `annotations:${side}`;

const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export function annotationNoteText(side: 'a' | 'b', annotation: PrintedAnnotation): string {
  const tags = annotation.tags.length > 0 ? ` (tags: ${annotation.tags.join(', ')})` : '';
  const note = flat(annotation.note);
  return `Annotation on ${side.toUpperCase()}: “${flat(annotation.quote)}”${note ? ` — ${note}` : ''}${tags}`;
}

/**
 * Annotations of both sides as report notes, numbered with the analyst's row notes: each on the
 * printed row of the duty it overlaps most, the rest on a row of their side after the duties.
 * Each side's annotations keep document order.
 */
export function annotationReportNotes(
  annotations: ComparisonAnnotations | undefined,
  pairs: readonly DutyPair[],
  shownRowKeys: ReadonlySet<string>,
): Array<Readonly<{ rowKey: string; text: string }>> {
  const notes: Array<Readonly<{ rowKey: string; text: string }>> = [];
  for (const side of ['a', 'b'] as const) {
    const given = annotations?.[side];
    if (!given) continue;
    const ordered = [...given.annotations].sort((x, y) => x.start - y.start || x.end - y.end);
    for (const annotation of ordered) {
      let best = -1;
      let bestOverlap = 0;
      given.dutySpans.forEach((span, index) => {
        const overlap = Math.min(span.end, annotation.end) - Math.max(span.start, annotation.start);
        if (overlap > bestOverlap) {
          best = index;
          bestOverlap = overlap;
        }
      });
      const pair = best < 0 ? undefined : pairs.find((candidate) => candidate[side] === best);
      const rowKey = pair && shownRowKeys.has(dutyRowKey(pair)) ? dutyRowKey(pair) : annotationsRowKey(side);
      notes.push({ rowKey, text: annotationNoteText(side, annotation) });
    }
  }
  return notes;
}
