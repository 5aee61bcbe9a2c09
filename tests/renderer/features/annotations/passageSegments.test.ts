import { describe, expect, it } from 'vitest';
import { passageSegments, type AnnotationMark } from '../../../../renderer/src/features/annotations/passageSegments';

const mark = (id: number, start: number, end: number): AnnotationMark => ({
  id,
  start,
  end,
  color: 'yellow',
  note: '',
  number: id,
});

describe('passageSegments', () => {
  it('cuts at parser layers and annotations, covering every character once', () => {
    const pieces = passageSegments(0, 20, [{ start: 5, end: 12 }], [mark(1, 8, 15)]);
    expect(pieces.map((piece) => [piece.start, piece.end, piece.layer, piece.mark?.id ?? null])).toEqual([
      [0, 5, -1, null],
      [5, 8, 0, null],
      [8, 12, 0, 1],
      [12, 15, -1, 1],
      [15, 20, -1, null],
    ]);
    expect(pieces.filter((piece) => piece.isMarkStart).map((piece) => piece.start)).toEqual([8]);
  });

  it('draws the inner of two overlapping annotations and flags the overlap', () => {
    const pieces = passageSegments(0, 10, [], [mark(1, 0, 10), mark(2, 3, 6)]);
    expect(pieces.map((piece) => [piece.start, piece.mark?.id, piece.overlapped])).toEqual([
      [0, 1, false],
      [3, 2, true],
      [6, 1, false],
    ]);
  });

  it('ignores annotations outside the passage and clips those crossing it', () => {
    const pieces = passageSegments(10, 20, [], [mark(1, 0, 5), mark(2, 15, 30)]);
    expect(pieces.map((piece) => [piece.start, piece.end, piece.mark?.id ?? null])).toEqual([
      [10, 15, null],
      [15, 20, 2],
    ]);
  });
});
