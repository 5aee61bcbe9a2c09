import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AnnotationContent } from '../../db';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../db';

type AnnotationEditorProps = Readonly<{
  quote: string;
  initial?: AnnotationContent;
  saveLabel: string;
  autoFocus?: boolean;
  onSave: (content: AnnotationContent) => Promise<void>;
  onCancel: () => void;
}>;

export const COLOR_NAMES: Readonly<Record<AnnotationColor, string>> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
};

const EMPTY: AnnotationContent = { color: 'yellow', note: '', tags: [] };

export function shortQuote(quote: string, limit = 140): string {
  const flat = quote.replace(/\s+/gu, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

/** Colour, note and tags of one annotation; the quote is shown for what is being annotated. */
export function AnnotationEditor({
  quote,
  initial = EMPTY,
  saveLabel,
  autoFocus = false,
  onSave,
  onCancel,
}: AnnotationEditorProps) {
  const [color, setColor] = useState<AnnotationColor>(initial.color);
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ color, note, tags: tags.split(',') });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  return (
    <form
      className="annotation-editor"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <blockquote className="annotation-editor__quote">{shortQuote(quote)}</blockquote>
      <fieldset className="annotation-editor__colors">
        <legend>Colour</legend>
        {ANNOTATION_COLORS.map((value) => (
          <label key={value} className={`annotation-swatch annotation--${value}`}>
            <input
              type="radio"
              name={`${id}-color`}
              value={value}
              checked={color === value}
              onChange={() => setColor(value)}
            />
            {COLOR_NAMES[value]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>Note</label>
      <textarea
        id={`${id}-note`}
        ref={noteRef}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <label htmlFor={`${id}-tags`}>Tags (comma-separated)</label>
      <input id={`${id}-tags`} type="text" value={tags} onChange={(event) => setTags(event.target.value)} />
      {error && <p role="alert">{error}</p>}
      <div className="annotation-editor__actions">
        <button type="submit" disabled={isSaving}>
          {saveLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
