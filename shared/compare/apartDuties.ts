import type { Duty } from '../model';
import { isCatchAllDuty } from '../text';

/** Whether duty `a` of A and duty `b` of B may never pair. */
export type Apart = (a: number, b: number) => boolean;

/**
 * The pairs never formed: with a duty listed as unpaired, and between a catch-all line ("Perform
 * related duties as required") and a duty of real work, which would otherwise pair on the one word
 * they share ("perform" and "performance evaluations"). Two catch-all lines pair with each other.
 * Null when no pair is kept apart, so the usual comparison does no extra work.
 */
export function apartRule(
  a: readonly Duty[],
  b: readonly Duty[],
  unpaired: Readonly<{ a: readonly number[]; b: readonly number[] }>,
): Apart | null {
  const catchAllA = a.map((duty) => isCatchAllDuty(duty.text));
  const catchAllB = b.map((duty) => isCatchAllDuty(duty.text));
  const anyCatchAll = catchAllA.includes(true) || catchAllB.includes(true);
  if (!anyCatchAll && unpaired.a.length === 0 && unpaired.b.length === 0) return null;
  const leftA = new Set(unpaired.a);
  const leftB = new Set(unpaired.b);
  return (x, y) => leftA.has(x) || leftB.has(y) || catchAllA[x] !== catchAllB[y];
}
