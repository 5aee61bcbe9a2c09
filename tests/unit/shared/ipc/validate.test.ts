import { describe, expect, it } from 'vitest';
import type { DesktopMethod } from '../../../../shared/ipc/contract';
import {
  MAX_DROPPED_PATHS,
  MAX_PRINTOUT_CHARS,
  MAX_SAVE_BYTES,
  parseDesktopArguments,
} from '../../../../shared/ipc/validate';

const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const pollutedObject: unknown = JSON.parse('{"__proto__": {"polluted": true}, "length": 1, "0": "/tmp/a"}');
const huge = 'x'.repeat(1_000_000);

describe('parseDesktopArguments accepts well-formed calls', () => {
  it.each<[DesktopMethod, unknown[]]>([
    ['importFromDialog', ['files']],
    ['importFromDialog', ['folder']],
    ['importDropped', [['/home/analyst/specs/clerk.pdf', '/home/analyst/more']]],
    ['importSeeds', []],
    ['importSeeds', [['houston/clerk.txt']]],
    ['importFromDialog', ['folder', ['a/clerk.txt', 'b.pdf']]],
    ['cancelImport', [UUID]],
    ['print', []],
    ['saveAsPdf', ['Clerk vs Supervisor', '<!doctype html><title>Clerk vs Supervisor</title>']],
    ['saveFile', ['factors.xlsx', 'xlsx', new Uint8Array([80, 75, 3, 4])]],
    ['saveFile', ['factors.csv', 'csv', new Uint8Array()]],
    ['openExternal', ['https://www.opm.gov/']],
    ['appInfo', []],
    ['listAutomaticBackups', []],
    ['readAutomaticBackup', ['reclass-auto-backup-2026-12-01T09-00-00-000Z-daily.reclass-backup']],
  ])('%s %j', (method, args) => {
    const parsed = parseDesktopArguments(method, args);
    expect(parsed).toEqual({ ok: true, args });
  });
});

describe('parseDesktopArguments rejects hostile payloads', () => {
  it.each<[string, DesktopMethod, unknown[]]>([
    ['unknown import source', 'importFromDialog', ['everything']],
    ['source as object', 'importFromDialog', [{ toString: () => 'files' }]],
    ['missing argument', 'importFromDialog', []],
    ['extra argument', 'importFromDialog', ['files', '/etc']],
    ['an empty list of files to resume', 'importFromDialog', ['folder', []]],
    ['a resumed file that is not a path', 'importSeeds', [[42]]],
    ['extra argument to a no-argument method', 'importSeeds', ['/etc/passwd']],
    ['extra argument to print', 'print', [{ silent: true }]],
    ['paths as a string', 'importDropped', ['/etc/passwd']],
    ['empty path list', 'importDropped', [[]]],
    ['empty path', 'importDropped', [['']]],
    ['non-string path', 'importDropped', [[42]]],
    ['huge path', 'importDropped', [[huge]]],
    ['too many paths', 'importDropped', [Array.from({ length: MAX_DROPPED_PATHS + 1 }, (_, i) => `/tmp/${i}`)]],
    ['array-like prototype-polluting object', 'importDropped', [pollutedObject]],
    ['import id not a uuid', 'cancelImport', ['../../etc']],
    ['import id as number', 'cancelImport', [7]],
    ['empty file name', 'saveAsPdf', ['   ', '<p>x</p>']],
    ['huge file name', 'saveAsPdf', [huge, '<p>x</p>']],
    ['printout missing', 'saveAsPdf', ['Clerk vs Supervisor']],
    ['printout not a string', 'saveAsPdf', ['Clerk vs Supervisor', { html: '<p>x</p>' }]],
    ['printout over the size cap', 'saveAsPdf', ['Clerk vs Supervisor', 'x'.repeat(MAX_PRINTOUT_CHARS + 1)]],
    ['unknown save kind', 'saveFile', ['x.exe', 'exe', new Uint8Array()]],
    ['bytes as plain array', 'saveFile', ['x.csv', 'csv', [1, 2, 3]]],
    ['bytes as object with byteLength', 'saveFile', ['x.csv', 'csv', { byteLength: 3 }]],
    [
      'bytes over the size cap',
      'saveFile',
      ['x.csv', 'csv', { __proto__: Uint8Array.prototype, byteLength: MAX_SAVE_BYTES + 1 }],
    ],
    ['url as object', 'openExternal', [{ href: 'https://example.org' }]],
    ['huge url', 'openExternal', [`https://example.org/${huge}`]],
    ['null everywhere', 'saveFile', [null, null, null]],
    ['a typed array where the path list belongs', 'importDropped', [new Uint8Array([47, 101, 116, 99])]],
    ['a float array where the path list belongs', 'importDropped', [new Float64Array(2)]],
    ['a typed array inside the path list', 'importDropped', [[new Uint8Array(4)]]],
    ['a typed array where the import source belongs', 'importFromDialog', [new Uint8Array(4)]],
    ['a folder asked of the automatic backup list', 'listAutomaticBackups', ['/home/analyst']],
    ['a path instead of an automatic backup name', 'readAutomaticBackup', ['../../../etc/passwd']],
    [
      'an automatic backup name inside a path',
      'readAutomaticBackup',
      ['/tmp/reclass-auto-backup-2026-12-01T09-00-00-000Z-daily.reclass-backup'],
    ],
    [
      'a backup name with an unknown reason',
      'readAutomaticBackup',
      ['reclass-auto-backup-2026-12-01T09-00-00-000Z-manual.reclass-backup'],
    ],
  ])('%s', (_case, method, args) => {
    const parsed = parseDesktopArguments(method, args);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatchObject({ kind: 'invalid_arguments', method });
      expect(parsed.error.message).toContain(method);
    }
  });

  it('names the argument and the reason when a typed array replaces the path list', () => {
    const parsed = parseDesktopArguments('importDropped', [new Uint8Array(4)]);
    expect(parsed).toEqual({
      ok: false,
      error: {
        kind: 'invalid_arguments',
        method: 'importDropped',
        argument: '0',
        reason: expect.stringMatching(/expected array/) as unknown,
        message: expect.stringMatching(/^importDropped: argument 0: /) as unknown,
      },
    });
  });

  it('turns a payload whose getters throw into a validation error, not an exception', () => {
    const hostile = new Proxy([], {
      get: () => {
        throw new Error('trap');
      },
    });
    const parsed = parseDesktopArguments('importDropped', [hostile]);
    expect(parsed.ok).toBe(false);
  });

  it('leaves Object.prototype untouched after a polluting payload', () => {
    parseDesktopArguments('importDropped', [pollutedObject]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
