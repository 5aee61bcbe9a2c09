import { describe, expect, it } from 'vitest';
import { backupsToDelete, backupsToKeep, type BackupEntry } from '../../../../shared/backup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 2, 12);

/** Backups made `hoursAgo` hours before now, named by their age. */
const made = (...hoursAgo: number[]): BackupEntry[] =>
  hoursAgo.map((hours) => ({ name: `b-${hours}h`, createdAt: NOW - hours * HOUR }));
const names = (entries: readonly BackupEntry[]): string[] => entries.map((entry) => entry.name);

describe('backupsToKeep', () => {
  it.each([
    ['nothing to keep', [], []],
    ['fewer than three are all kept', [1, 2], ['b-1h', 'b-2h']],
    ['the newest three of one day, the rest of that day goes', [1, 2, 3, 4, 5], ['b-1h', 'b-2h', 'b-3h']],
    [
      'one per day for a week after the newest three',
      [1, 2, 3, 4, 26, 27, 50, 150],
      ['b-1h', 'b-2h', 'b-3h', 'b-26h', 'b-50h', 'b-150h'],
    ],
    ['older than a week goes unless among the newest three', [200, 300, 400, 500], ['b-200h', 'b-300h', 'b-400h']],
  ] as const)('%s', (_label, hours, expected) => {
    expect(names(backupsToKeep(made(...hours), NOW))).toEqual(expected);
  });

  it('never keeps more than 20 and keeps the newest', () => {
    // Unrealistic clock: many backups on many distinct days would still stop at 20.
    const entries = Array.from({ length: 40 }, (_, index) => ({
      name: `b${String(index).padStart(2, '0')}`,
      createdAt: NOW - index * (DAY / 8),
    }));
    const kept = backupsToKeep(entries, NOW);
    expect(kept.length).toBeLessThanOrEqual(20);
    expect(kept[0]?.name).toBe('b00');
    expect(kept.map((entry) => entry.createdAt)).toEqual(
      [...kept.map((entry) => entry.createdAt)].sort((a, b) => b - a),
    );
  });

  it('a day counts once: the newest of that day is the one kept', () => {
    const entries = made(1, 2, 3, 30, 31, 32);
    expect(names(backupsToKeep(entries, NOW))).toEqual(['b-1h', 'b-2h', 'b-3h', 'b-30h']);
    expect(names(backupsToDelete(entries, NOW))).toEqual(['b-31h', 'b-32h']);
  });
});
