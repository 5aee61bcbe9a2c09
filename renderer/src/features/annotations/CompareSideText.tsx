import type { ReactNode } from 'react';
import { DUTY_ATTRIBUTE, SIDE_ATTRIBUTE, useCompareSides } from './compareSides';

type CompareSideTextProps = Readonly<{ side: 'a' | 'b'; dutyIndex: number | null; children: ReactNode }>;

/** One side's duty text in a comparison row, marked with its side and duty so a selection in it can be annotated on that spec. */
export function CompareSideText({ side, dutyIndex, children }: CompareSideTextProps) {
  const sides = useCompareSides();
  if (!sides || dutyIndex === null || !sides[side].spec.duties[dutyIndex]) return <>{children}</>;
  return <span {...{ [SIDE_ATTRIBUTE]: side, [DUTY_ATTRIBUTE]: dutyIndex }}>{children}</span>;
}
