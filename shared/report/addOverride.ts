import type { DutyOverride } from './applyOverrides';

/** Adds an override to the list; one that undoes an earlier override of the same pair removes it instead. */
export function addOverride<T extends DutyOverride>(overrides: readonly T[], next: T): T[] {
  const inverse = overrides.findIndex((item) => item.a === next.a && item.b === next.b && item.kind !== next.kind);
  if (inverse >= 0) return overrides.filter((_item, index) => index !== inverse);
  if (overrides.some((item) => item.a === next.a && item.b === next.b && item.kind === next.kind))
    return [...overrides];
  return [...overrides, next];
}
