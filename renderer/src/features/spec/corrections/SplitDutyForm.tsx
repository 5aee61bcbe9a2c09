import { useRef } from "react";
import type { CorrectedDuty } from "../../../../../shared/corrections";

type SplitDutyFormProps = Readonly<{
  duty: CorrectedDuty;
  label: string;
  onSplit: (cut: number) => void;
  onCancel: () => void;
}>;

/** The duty's text in a read-only box: the analyst puts the cursor (mouse or arrow keys) where the second duty starts. */
export function SplitDutyForm({
  duty,
  label,
  onSplit,
  onCancel,
}: SplitDutyFormProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="correction-form" role="group" aria-label={`Split ${label}`}>
      <label>
        <span>Put the cursor where the second duty starts</span>
        <textarea
          ref={textRef}
          readOnly
          value={duty.text}
          rows={Math.min(6, Math.ceil(duty.text.length / 80) + 1)}
          aria-label={`Text of ${label}`}
        />
      </label>
      <div className="correction-form__buttons">
        <button
          type="button"
          onClick={() => onSplit(textRef.current?.selectionStart ?? 0)}
        >
          Split here
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
