import type { DutyPair } from '../compare';
import { markSharedTerms, sharedTermSet } from '../text';

// Derived rather than imported: the lint rule guarding jsdiff also matches the path '../diff'.
type TextDiff = NonNullable<DutyPair['diff']>;

/**
 * A run of text on one side of a pair: `removed` runs exist only on the left, `added` only on the
 * right; `shared` marks a key term both statements use where the pair is too differently worded
 * for a word diff (each side is then shown whole).
 */
export type Segment = Readonly<{ kind: 'same' | 'added' | 'removed' | 'shared'; text: string }>;

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

/**
 * Both texts whole, the words carrying a term both use marked `shared`: for pairs that share too
 * little wording to diff word by word (striking out all of A would read as "duty deleted").
 */
export function sharedTermSegments(a: string, b: string): SideSegments {
  const shared = sharedTermSet(a, b);
  const toSegments = (text: string): Segment[] =>
    markSharedTerms(text, shared).map((run) => ({ kind: run.shared ? 'shared' : 'same', text: run.text }));
  return { left: toSegments(a), right: toSegments(b) };
}

export function plainSegments(text: string): readonly Segment[] {
  return [{ kind: 'same', text }];
}
