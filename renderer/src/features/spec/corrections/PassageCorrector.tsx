import { useRef, useState } from 'react';
import { markDutyCorrection, notDutyCorrection } from '../../../../../shared/corrections';
import type { Span } from '../../../../../shared/model';
import { SelectableText } from './SelectableText';
import type { CorrectionActions } from './useCorrectionActions';

type PassageCorrectorProps = Readonly<{
  text: string;
  actions: CorrectionActions;
}>;

/**
 * The original text in a read-only box, where a passage can be selected with the mouse or with
 * Shift+arrow keys; its selection offsets are offsets in the normalized text.
 */
export function PassageCorrector({ text, actions }: PassageCorrectorProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const readSelection = (): void => {
    const box = textRef.current;
    setSelection(
      box && box.selectionEnd > box.selectionStart ? { start: box.selectionStart, end: box.selectionEnd } : null,
    );
  };
  const selected = selection ? text.slice(selection.start, selection.end).replace(/\s+/g, ' ').trim() : '';
  const apply = async (kind: 'essential' | 'other' | 'not'): Promise<void> => {
    if (!selection || !selected) return;
    const saved = await actions.correct((stamp) =>
      kind === 'not' ? notDutyCorrection(stamp, text, selection) : markDutyCorrection(stamp, text, selection, kind),
    );
    if (saved) setSelection(null);
  };
  return (
    <section aria-labelledby="passage-title" className="passage-corrector">
      <h3 id="passage-title">Correct a passage</h3>
      <p className="legend">Select a passage of the original text, then say what it is.</p>
      <SelectableText
        boxRef={textRef}
        className="passage-corrector__text"
        text={text}
        rows={16}
        label="Original text: select a passage"
        onSelectionChange={readSelection}
      />
      <p role="status" className="passage-corrector__selected">
        {selected
          ? `Selected: “${selected.length > 120 ? `${selected.slice(0, 117)}…` : selected}”`
          : 'Nothing selected'}
      </p>
      <div className="correction-form__buttons">
        <button type="button" disabled={!selected} onClick={() => void apply('essential')}>
          Mark as duty
        </button>
        <button type="button" disabled={!selected} onClick={() => void apply('other')}>
          Mark as other duty
        </button>
        <button type="button" disabled={!selected} onClick={() => void apply('not')}>
          Not a duty
        </button>
      </div>
    </section>
  );
}
