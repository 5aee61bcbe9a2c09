import { useEffect, type RefObject } from 'react';
import { selectionToTextRange, type TextRange } from './selectionOffsets';

/** Reports every non-empty selection the analyst finishes (mouse or keyboard) inside `root` as offsets of the spec's text. */
export function useSelectionCapture(root: RefObject<HTMLElement | null>, onSelect: (range: TextRange) => void): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const capture = () => {
      const range = selectionToTextRange(element.ownerDocument.getSelection(), element);
      if (range) onSelect(range);
    };
    element.addEventListener('mouseup', capture);
    element.addEventListener('keyup', capture);
    return () => {
      element.removeEventListener('mouseup', capture);
      element.removeEventListener('keyup', capture);
    };
  }, [root, onSelect]);
}
