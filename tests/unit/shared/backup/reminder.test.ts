import { describe, expect, it } from 'vitest';
import { backupReminder, isDailyBackupDue } from '../../../../shared/backup';

const DAY = 86_400_000;
const NOW = 100 * DAY;

describe('backupReminder', () => {
  it.each([
    ['nothing ever changed', null, null, null],
    ['never backed up, changed', null, NOW - 1, /never been backed up/],
    ['backed up after the last change', NOW - 30 * DAY, NOW - 31 * DAY, null],
    ['changed since a 3-day-old backup', NOW - 3 * DAY, NOW - 1, null],
    ['changed since an 8-day-old backup', NOW - 8 * DAY, NOW - 1, /8 days old/],
  ] as const)('%s', (_label, lastBackupAt, lastChangeAt, expected) => {
    const reminder = backupReminder({ lastBackupAt, lastChangeAt }, NOW);
    if (expected === null) expect(reminder).toBeNull();
    else expect(reminder).toMatch(expected);
  });
});

describe('isDailyBackupDue', () => {
  it.each([
    ['no change ever', null, null, false],
    ['first change, no backup yet', null, NOW - 1, true],
    ['changed, last backup 2 hours ago', NOW - DAY / 12, NOW - 1, false],
    ['changed, last backup 25 hours ago', NOW - DAY - DAY / 24, NOW - 1, true],
    ['unchanged since a week-old backup', NOW - 7 * DAY, NOW - 8 * DAY, false],
  ] as const)('%s', (_label, lastAuto, lastChange, due) => {
    expect(isDailyBackupDue(lastAuto, lastChange, NOW)).toBe(due);
  });
});
