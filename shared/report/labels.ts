import type { DutyPairKind, Verdict } from '../compare';
import type { FactorKey, FactorReading } from '../model';

export const FACTOR_NAMES: Readonly<Record<FactorKey, string>> = {
  education: 'Education',
  experience_years: 'Experience',
  complexity: 'Complexity',
  impact: 'Impact of actions',
  supervision_received: 'Supervision received',
  supervision_exercised: 'Supervision exercised',
  internal_contacts: 'Internal contacts',
  external_contacts: 'External contacts',
  physical_effort: 'Physical effort',
  work_environment: 'Work environment',
  physical_skill: 'Physical skill',
  pay_grade: 'Pay grade',
};

export type RowLabel = DutyPairKind | 'moved' | 'split' | 'merge' | 'linked';

/** Text and a glyph for every label, so meaning never rests on colour alone. */
export const ROW_LABELS: Readonly<Record<RowLabel, Readonly<{ text: string; icon: string }>>> = {
  same: { text: 'Same', icon: '=' },
  reworded: { text: 'Reworded', icon: '≈' },
  partial: { text: 'Partial', icon: '◐' },
  moved: { text: 'Moved', icon: '↕' },
  split: { text: 'Split', icon: '⇉' },
  merge: { text: 'Merged', icon: '⇇' },
  linked: { text: 'Linked by analyst', icon: '✎' },
  'only-a': { text: 'Only in A', icon: '◀' },
  'only-b': { text: 'Only in B', icon: '▶' },
};

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  match: 'Match',
  partial: 'Partial match',
  'no-match': 'No match',
};

export type DeltaText = Readonly<{ symbol: '▲' | '▼' | '=' | '–'; text: string }>;

/** How B's level stands against A's, as a glyph plus words. */
export function describeDelta(delta: number | null): DeltaText {
  if (delta === null) return { symbol: '–', text: 'not comparable' };
  if (delta > 0) return { symbol: '▲', text: `B higher by ${delta}` };
  if (delta < 0) return { symbol: '▼', text: `B lower by ${-delta}` };
  return { symbol: '=', text: 'same level' };
}

export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/**
 * The one notation for a factor level everywhere (spec page, compare, series, print, export):
 * "Level 2 of 5 — general supervision". Stored levels count from 0; printed ones from 1.
 */
export function levelText(level: number, scaleSize: number, label?: string, basis?: FactorReading['basis']): string {
  // A level read as a value (years of experience, a pay grade) is that value, not a rung: its label says it.
  if (basis === 'value' && label) return label;
  const position = `Level ${level + 1} of ${Math.max(1, scaleSize)}`;
  return label ? `${position} — ${label}` : position;
}
