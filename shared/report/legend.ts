import { ROW_LABELS, type RowLabel } from './labels';

export type LegendEntry = Readonly<{ sample: string; style: 'ins' | 'del' | 'only' | 'label'; text: string }>;

const LABEL_ORDER: readonly RowLabel[] = ['same', 'reworded', 'partial', 'moved', 'split', 'merge', 'linked', 'only-a', 'only-b'];

/** What the highlighting and glyphs in a comparison mean. */
export const COMPARISON_LEGEND: readonly LegendEntry[] = [
  { sample: 'added words', style: 'ins', text: 'words only in B (underlined)' },
  { sample: 'removed words', style: 'del', text: 'words only in A (struck through)' },
  { sample: 'duty in one class only', style: 'only', text: 'row with no counterpart' },
  ...LABEL_ORDER.map((label) => ({ sample: `${ROW_LABELS[label].icon} ${ROW_LABELS[label].text}`, style: 'label' as const, text: '' })),
  { sample: '▲ ▼ =', style: 'label', text: 'factor level of B above, below or equal to A' },
];
