import type { Segment } from '../../../shared/report';

type DiffTextProps = Readonly<{ segments: readonly Segment[] | null; missing?: string }>;

/** One side of a diffed pair: added words as <ins>, removed words as <del>, terms both use (in a differently worded pair) as <mark>, all as React text (never HTML). */
export function DiffText({ segments, missing = 'Not in this class' }: DiffTextProps) {
  if (!segments) return <span className="diff-missing">— {missing} —</span>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'added' ? (
          <ins key={index}>{segment.text}</ins>
        ) : segment.kind === 'removed' ? (
          <del key={index}>{segment.text}</del>
        ) : segment.kind === 'shared' ? (
          <mark key={index} className="diff-shared">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
