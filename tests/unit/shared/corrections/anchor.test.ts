import { describe, expect, it } from 'vitest';
import { anchorOf, resolveAnchor } from '../../../../shared/corrections';

describe('resolveAnchor', () => {
  const text = 'Duties: - Files reports.\nOther: - Files reports.\nEnd';
  const second = {
    start: text.lastIndexOf('Files reports.'),
    end: text.lastIndexOf('Files reports.') + 'Files reports.'.length,
  };

  it('finds the passage where it was', () => {
    expect(resolveAnchor(text, anchorOf(text, second))).toEqual(second);
  });

  it('finds a moved passage among repeats by the words around it', () => {
    const moved = `Preface line.\n${text}`;
    const found = resolveAnchor(moved, anchorOf(text, second));
    expect(found).toEqual({ start: second.start + 14, end: second.end + 14 });
    expect(moved.slice(found!.start - 9, found!.start)).toBe('Other: - ');
  });

  it('is null when the quote is gone', () => {
    expect(resolveAnchor('Duties: - Writes reports.', anchorOf(text, second))).toBeNull();
  });
});
