import { useState } from 'react';
import {
  categorizeCorrection,
  mergeCorrection,
  notDutyCorrection,
  splitCorrection,
  type CorrectedDuty,
} from '../../../../../shared/corrections';
import type { CorrectionActions } from './useCorrectionActions';
import { SplitDutyForm } from './SplitDutyForm';

type DutyActionsProps = Readonly<{
  text: string;
  duty: CorrectedDuty;
  next: CorrectedDuty | undefined;
  label: string;
  actions: CorrectionActions;
}>;

/** The corrections one duty offers; a typed duty has no passage, so it is removed by undoing its own correction. */
export function DutyActions({ text, duty, next, label, actions }: DutyActionsProps) {
  const [isSplitting, setSplitting] = useState(false);
  const isTyped = duty.span.end === duty.span.start;
  const other = duty.category === 'essential' ? 'other' : 'essential';
  const split = async (cut: number): Promise<void> => {
    if (await actions.correct((stamp) => splitCorrection(stamp, text, duty, cut))) setSplitting(false);
  };
  if (isSplitting)
    return (
      <SplitDutyForm
        duty={duty}
        label={label}
        onSplit={(cut) => void split(cut)}
        onCancel={() => setSplitting(false)}
      />
    );
  return (
    <span className="duty-actions" role="group" aria-label={`Correct ${label}`}>
      <button type="button" disabled={isTyped} onClick={() => setSplitting(true)}>
        Split
      </button>
      <button
        type="button"
        disabled={isTyped || !next || next.span.end === next.span.start}
        onClick={() => void actions.correct((stamp) => (next ? mergeCorrection(stamp, text, duty, next) : null))}
      >
        Merge with next
      </button>
      <button
        type="button"
        disabled={isTyped}
        onClick={() => void actions.correct((stamp) => categorizeCorrection(stamp, text, duty, other))}
      >
        Make {other}
      </button>
      <button
        type="button"
        disabled={isTyped}
        onClick={() => void actions.correct((stamp) => notDutyCorrection(stamp, text, duty.span))}
      >
        Not a duty
      </button>
    </span>
  );
}
