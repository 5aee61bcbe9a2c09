import type { DutyPair } from '../compare';
import type { FactorKey, SectionKind } from '../model';

/** Stable keys that tie an analyst's note to a row of a comparison. */
export const dutyRowKey = (pair: Pick<DutyPair, 'a' | 'b'>): string => `duty:${pair.a ?? '-'}:${pair.b ?? '-'}`;
export const factorRowKey = (key: FactorKey): string => `factor:${key}`;
export const sectionRowKey = (kind: SectionKind): string => `section:${kind}`;
