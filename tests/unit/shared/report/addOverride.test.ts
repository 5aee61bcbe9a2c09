import { describe, expect, it } from 'vitest';
import { addOverride } from '../../../../shared/report/addOverride';
import type { DutyOverride } from '../../../../shared/report/applyOverrides';

describe('addOverride', () => {
  it.each<[string, DutyOverride[], DutyOverride, DutyOverride[]]>([
    ['appends a new override', [], { kind: 'link', a: 1, b: 2 }, [{ kind: 'link', a: 1, b: 2 }]],
    [
      'an unlink cancels the earlier link of the same pair',
      [{ kind: 'link', a: 1, b: 2 }],
      { kind: 'unlink', a: 1, b: 2 },
      [],
    ],
    [
      'a link cancels the earlier unlink of the same pair',
      [
        { kind: 'unlink', a: 0, b: 0 },
        { kind: 'link', a: 3, b: 3 },
      ],
      { kind: 'link', a: 0, b: 0 },
      [{ kind: 'link', a: 3, b: 3 }],
    ],
    [
      'repeating an override changes nothing',
      [{ kind: 'link', a: 1, b: 2 }],
      { kind: 'link', a: 1, b: 2 },
      [{ kind: 'link', a: 1, b: 2 }],
    ],
    [
      'other pairs are left alone',
      [{ kind: 'link', a: 1, b: 2 }],
      { kind: 'unlink', a: 2, b: 1 },
      [
        { kind: 'link', a: 1, b: 2 },
        { kind: 'unlink', a: 2, b: 1 },
      ],
    ],
  ])('%s', (_name, list, next, expected) => {
    expect(addOverride(list, next)).toEqual(expected);
  });
});
