import { describe, expect, it } from 'vitest';
import type { SaveFileKind } from '../../../../shared/ipc/contract';
import { ensureExtension, toSafeFileName } from '../../../../electron/main/saveTargets';

describe('toSafeFileName', () => {
  it.each<[string, SaveFileKind, string]>([
    ['Clerk vs Supervisor', 'pdf', 'Clerk vs Supervisor.pdf'],
    ['factors.xlsx', 'xlsx', 'factors.xlsx'],
    ['factors.XLSX', 'xlsx', 'factors.xlsx'],
    ['report.htm', 'html', 'report.html'],
    ['ladder.csv.exe', 'csv', 'ladder.csv.exe.csv'],
    ['../../.bashrc', 'csv', 'bashrc.csv'],
    ['C:\\Windows\\System32\\drivers', 'pdf', 'drivers.pdf'],
    ['/etc/cron.d/job', 'html', 'job.html'],
    ['a<b>c:d"e|f?g*h', 'csv', 'a b c d e f g h.csv'],
    ['tab\tand\nnewline', 'csv', 'tab and newline.csv'],
    ['CON', 'pdf', 'reclass-pdf.pdf'],
    ['   ', 'xlsx', 'reclass-xlsx.xlsx'],
    ['...', 'pdf', 'reclass-pdf.pdf'],
  ])('%j as %s → %j', (suggested, kind, expected) => {
    expect(toSafeFileName(suggested, kind)).toBe(expected);
  });

  it('caps very long names', () => {
    const name = toSafeFileName('x'.repeat(1000), 'pdf');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('ensureExtension', () => {
  it.each<[string, SaveFileKind, string]>([
    ['/home/a/report', 'pdf', '/home/a/report.pdf'],
    ['/home/a/report.pdf', 'pdf', '/home/a/report.pdf'],
    ['/home/a/table.CSV', 'csv', '/home/a/table.CSV'],
    ['/home/a.b/table', 'xlsx', '/home/a.b/table.xlsx'],
    ['C:\\Users\\a\\page.htm', 'html', 'C:\\Users\\a\\page.htm'],
  ])('%s (%s) → %s', (path, kind, expected) => {
    expect(ensureExtension(path, kind)).toBe(expected);
  });
});
