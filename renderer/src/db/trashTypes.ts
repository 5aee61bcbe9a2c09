import type { SpecSummary, StoredSpec } from './types';

/** A deleted class (every version) or one deleted version, kept whole until the Trash is emptied. */
export type TrashRow = Readonly<{
  id?: number;
  kind: 'class' | 'version';
  classKey: string;
  title: string;
  deletedAt: number;
  specs: readonly StoredSpec[];
  summaries: readonly SpecSummary[];
}>;

/** Records elsewhere in the library that refer to some specs. */
export type Dependents = Readonly<{ comparisons: number; notes: number; annotations: number; studies: number }>;
