import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

type SelectableTextProps = Readonly<{
  text: string;
  label: string;
  rows: number;
  className?: string;
  boxRef?: RefObject<HTMLTextAreaElement | null>;
  onSelectionChange?: () => void;
  onEnter?: () => void;
}>;

/**
 * Document text the analyst can move a cursor through and select (mouse, arrow keys, Shift+arrows)
 * but not change. Not `readOnly`: browsers give a read-only box no keyboard cursor, so edits are
 * refused at `beforeinput` instead.
 */
export function SelectableText({
  text,
  label,
  rows,
  className,
  boxRef,
  onSelectionChange,
  onEnter,
}: SelectableTextProps) {
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = boxRef ?? ownRef;
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const refuse = (event: Event): void => event.preventDefault();
    box.addEventListener('beforeinput', refuse);
    return () => box.removeEventListener('beforeinput', refuse);
  }, [ref]);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (event.key === 'Enter' && onEnter) {
      event.preventDefault();
      onEnter();
    }
  };
  return (
    <textarea
      ref={ref}
      className={className}
      value={text}
      rows={rows}
      aria-label={label}
      aria-readonly="true"
      spellCheck={false}
      onChange={() => undefined}
      onKeyDown={onKeyDown}
      onKeyUp={onSelectionChange}
      onMouseUp={onSelectionChange}
      onSelect={onSelectionChange}
    />
  );
}
