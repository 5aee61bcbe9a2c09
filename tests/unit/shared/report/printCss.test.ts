import { describe, expect, it } from 'vitest';
import { cssString } from '../../../../shared/report/printCss';

describe('cssString', () => {
  it.each(['Chief "A"', '</style><script>x</script>', 'a\\b', 'line\nbreak', 'Café – Ω'])(
    'keeps %j inside one CSS string',
    (text) => {
      const quoted = cssString(text);
      expect(quoted.slice(1, -1)).not.toMatch(/["'<>\n\\](?![0-9a-f]+ )/);
      expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
    },
  );

  it('leaves letters, digits and spaces readable', () => {
    expect(cssString('Grade 22 Chief')).toBe('"Grade 22 Chief"');
    expect(cssString('A&B')).toBe('"A\\26 B"');
  });
});
