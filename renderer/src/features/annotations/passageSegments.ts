import type { AnnotationColor } from '../../db';

/** An annotation as drawn: where it sits in the spec's text and how. */
export type AnnotationMark = Readonly<{
  id: number;
  start: number;
  end: number;
  color: AnnotationColor;
  note: string;
  number: number;
}>;

/** A run of text under one parser highlight (or none) and the annotation drawn over it (the innermost, or none). */
export type PassagePiece = Readonly<{
  start: number;
  end: number;
  layer: number;
  mark: AnnotationMark | null;
  overlapped: boolean;
  isMarkStart: boolean;
}>;

export type Layer = Readonly<{ start: number; end: number }>;

/**
 * Cuts [from, to) of a text at every boundary of the parser's highlight layers (already
 * non-overlapping) and of the annotations, so each piece has one layer and one drawn annotation.
 * Where annotations overlap, the one that starts last (the inner one) is drawn and the piece is
 * marked as overlapped. `layer` is the index in `layers`, or -1 for plain text.
 */
export function passageSegments(
  from: number,
  to: number,
  layers: readonly Layer[],
  marks: readonly AnnotationMark[],
): PassagePiece[] {
  const cuts = new Set<number>([from, to]);
  for (const layer of layers) for (const at of [layer.start, layer.end]) if (at > from && at < to) cuts.add(at);
  const visible = marks.filter((mark) => mark.end > from && mark.start < to);
  for (const mark of visible) for (const at of [mark.start, mark.end]) if (at > from && at < to) cuts.add(at);
  const ordered = [...cuts].sort((a, b) => a - b);
  const pieces: PassagePiece[] = [];
  const started = new Set<number>();
  for (let index = 0; index + 1 < ordered.length; index += 1) {
    const start = ordered[index] ?? 0;
    const end = ordered[index + 1] ?? 0;
    const layer = layers.findIndex((candidate) => candidate.start <= start && end <= candidate.end);
    const covering = visible.filter((mark) => mark.start <= start && end <= mark.end);
    const mark = covering.reduce<AnnotationMark | null>(
      (inner, candidate) => (!inner || candidate.start > inner.start ? candidate : inner),
      null,
    );
    const isMarkStart = mark !== null && !started.has(mark.id);
    if (mark) started.add(mark.id);
    pieces.push({ start, end, layer, mark, overlapped: covering.length > 1, isMarkStart });
  }
  return pieces;
}
