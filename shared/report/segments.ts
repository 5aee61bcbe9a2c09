import type { DutyPair } from '../compare';

// Derived rather than imported: the lint rule guarding jsdiff also matches the path '../diff'.
type TextDiff = NonNullable<DutyPair['diff']>;

/** A run of text on one side of a pair: `removed` runs exist only on the left, `added` only on the right. */
export type Segment = Readonly<{ kind: 'same' | 'added' | 'removed'; text: string }>;

export type SideSegments = Readonly<{ left: readonly Segment[]; right: readonly Segment[] }>;

/** Splits an A → B diff into what to show on each side. */
export function splitDiff(diff: TextDiff): SideSegments {
  const left: Segment[] = [];
  const right: Segment[] = [];
  for (const change of diff.changes) {
    if (change.kind !== 'added') left.push(change);
    if (change.kind !== 'removed') right.push(change);
  }
  return { left, right };
}

export function plainSegments(text: string): readonly Segment[] {
  return [{ kind: 'same', text }];
}
