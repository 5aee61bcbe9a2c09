import { describe, expect, it } from 'vitest';
import { placeWords } from '../../../../renderer/src/features/annotations/placeWords';
import { selectionToTextRange } from '../../../../renderer/src/features/annotations/selectionOffsets';

describe('selectionToTextRange', () => {
  it('maps a selection across marks back to offsets of the spec text', () => {
    document.body.innerHTML =
      '<div id="root"><h3>Duties</h3><span data-text-start="100">Reads <mark>water</mark> meters</span></div>';
    const root = document.getElementById('root') as HTMLElement;
    const mark = root.querySelector('mark')?.firstChild as Text;
    const tail = root.querySelector('span')?.lastChild as Text;
    const selection = document.getSelection() as Selection;
    const range = document.createRange();
    range.setStart(mark, 2);
    range.setEnd(tail, 4);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToTextRange(selection, root)).toEqual({ start: 108, end: 115 });
  });

  it('gives nothing for a selection in text that does not map to the spec', () => {
    document.body.innerHTML = '<div id="root"><h3>Duties</h3><span data-text-start="0">Reads</span></div>';
    const root = document.getElementById('root') as HTMLElement;
    const heading = root.querySelector('h3')?.firstChild as Text;
    const selection = document.getSelection() as Selection;
    const range = document.createRange();
    range.setStart(heading, 0);
    range.setEnd(heading, 3);
    selection.removeAllRanges();
    selection.addRange(range);
    expect(selectionToTextRange(selection, root)).toBeNull();
  });
});

describe('placeWords', () => {
  const text =
    'RESPONSIBILITIES:\n\n• Schedules and evaluates work assignments.  Oversees installation\nof equipment. Oversees staff.';
  const span = { start: 19, end: text.length };

  it('places words shown with folded whitespace on the spec text', () => {
    const found = placeWords(text, span, 'assignments. Oversees installation of equipment.');
    expect(found && text.slice(found.start, found.end)).toBe('assignments.  Oversees installation\nof equipment.');
  });

  it('refuses words found twice in the duty, or not at all', () => {
    expect(placeWords(text, span, 'Oversees')).toBeNull();
    expect(placeWords(text, span, 'Supervises')).toBeNull();
    expect(placeWords(text, { start: 0, end: 10 }, 'Schedules')).toBeNull();
  });
});
