import { useRef } from 'react';
import type { CorrectedDuty } from '../../../../../shared/corrections';
import { SelectableText } from './SelectableText';

type SplitDutyFormProps = Readonly<{
  duty: CorrectedDuty;
  label: string;
  onSplit: (cut: number) => void;
  onCancel: () => void;
}>;

/** The duty's text: the analyst puts the cursor (mouse or arrow keys) where the second duty starts. */
export function SplitDutyForm({ duty, label, onSplit, onCancel }: SplitDutyFormProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const split = (): void => onSplit(textRef.current?.selectionStart ?? 0);
  return (
    <div className="correction-form" role="group" aria-label={`Split ${label}`}>
      <p className="legend">Put the cursor where the second duty starts, then press Enter or “Split here”.</p>
      <SelectableText
        boxRef={textRef}
        text={duty.text}
        label={`Text of ${label}`}
        rows={Math.min(6, Math.ceil(duty.text.length / 80) + 1)}
        onEnter={split}
      />
      <div className="correction-form__buttons">
        <button type="button" onClick={split}>
          Split here
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
