import { ROW_LABELS, type RowLabel } from './labels';

export type LegendEntry = Readonly<{
  sample: string;
  style: 'ins' | 'del' | 'only' | 'label' | 'shared' | 'why';
  text: string;
}>;

const LABEL_ORDER: readonly RowLabel[] = [
  'same',
  'reworded',
  'partial',
  'moved',
  'split',
  'merge',
  'linked',
  'only-a',
  'only-b',
];

/** The labels whose meaning the glyph and word alone do not carry: extra coverage beyond one-to-one pairs. */
const LABEL_NOTES: Partial<Record<RowLabel, string>> = {
  split: "one duty of A also covers this further duty of B (counted in B's coverage)",
  merge: "this duty of A is also covered by a duty of B paired on another row (counted in A's coverage)",
};

/** What the highlighting and glyphs in a comparison mean. */
export const COMPARISON_LEGEND: readonly LegendEntry[] = [
  {
    sample: 'added words',
    style: 'ins',
    text: 'words only in B (underlined), marked only where the two duties share most of their wording',
  },
  {
    sample: 'removed words',
    style: 'del',
    text: 'words only in A (struck through), likewise; nothing is struck through where the wording differs',
  },
  {
    sample: 'shared term',
    style: 'shared',
    text: 'a key word both duties use (shaded), where the two are worded differently and shown whole',
  },
  {
    sample: 'both: Supervise customer service staff',
    style: 'why',
    text: 'why a pair is paired: the O*NET work activity both most likely are, the key terms both use, and the score',
  },
  {
    sample: 'A7 done in part by B6',
    style: 'why',
    text: 'a duty the other class does inside one of its duties paired elsewhere (counted in coverage; in part: half, for a further task of a run-on duty)',
  },
  { sample: 'duty in one class only', style: 'only', text: 'row with no counterpart' },
  ...LABEL_ORDER.map((label) => ({
    sample: `${ROW_LABELS[label].icon} ${ROW_LABELS[label].text}`,
    style: 'label' as const,
    text: LABEL_NOTES[label] ?? '',
  })),
  { sample: '▲ ▼ =', style: 'label', text: 'factor level of B above, below or equal to A' },
];
