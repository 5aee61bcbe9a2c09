import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCommand } from '../../../../electron/cli/commands/compare';
import { parseCommand } from '../../../../electron/cli/commands/parse';
import { takeGlobalOptions } from '../../../../electron/cli/libraryCorrections';
import { encodeBackup, sha256Hex, type BackupHeader } from '../../../../shared/backup';
import {
  fieldCorrection,
  notDutyCorrection,
  splitCorrection,
  type CorrectionStamp,
} from '../../../../shared/corrections';
import { identifyClass } from '../../../../shared/library/classIdentity';
import type { ClassSpec } from '../../../../shared/model';
import { capture } from '../../../fixtures/compare/cliCapture';

const SUPERVISOR = 'seeds/001_9c6110c3b2aa3f37.txt';
const SECTION_CHIEF = 'seeds/003_fc5f7224926b921b.txt';
const SECOND_PART = 'Assists with inquiries that are more complex or sensitive.';
const CHANGED_DUTY = 'Performs special projects as assigned.';

async function parsed(file: string): Promise<ClassSpec> {
  const { io, out } = capture();
  expect(await parseCommand([file, '--json'], io)).toBe(0);
  return JSON.parse(out.join('')) as ClassSpec;
}

/** A library backup as "Back up library…" writes it (header line + dexie export), holding corrections of the Supervisor class; `bare` writes the dexie export alone. */
async function writeExport(bare = false): Promise<string> {
  const spec = await parsed(SUPERVISOR);
  const classKey = identifyClass(spec, basename(SUPERVISOR)).classKey;
  const stamp = (id: string): CorrectionStamp => ({
    id,
    createdAt: Number(id.slice(1)),
    origin: { specId: 'stored-hash', version: 1 },
  });
  const duty = spec.duties.find((item) => item.text.includes(SECOND_PART))!;
  const changed = spec.duties.find((item) => item.text === CHANGED_DUTY)!;
  const corrections = [
    fieldCorrection(stamp('c1'), spec, 'title', 'Customer Service Supervisor I'),
    splitCorrection(stamp('c2'), spec.text, duty, duty.text.indexOf(SECOND_PART)),
    notDutyCorrection(stamp('c3'), spec.text, changed.span),
  ].map((correction) => ({ ...correction, classKey }));
  const file = join(await mkdtemp(join(tmpdir(), 'reclass-export-')), bare ? 'library.json' : 'library.reclass-backup');
  const data = {
    databaseName: 'reclass',
    databaseVersion: 4,
    tables: [],
    data: [{ tableName: 'corrections', inbound: true, rows: corrections }],
  };
  const body = new TextEncoder().encode(JSON.stringify({ formatName: 'dexie', formatVersion: 1, data }));
  const header: BackupHeader = {
    format: 'reclass-backup',
    formatVersion: 1,
    schemaVersion: 4,
    appVersion: 'test',
    createdAt: new Date(0).toISOString(),
    tables: { corrections: corrections.length },
    bytes: body.length,
    sha256: await sha256Hex(body),
  };
  await writeFile(file, bare ? body : encodeBackup(header, body));
  return file;
}

describe('--library-export', () => {
  it('compares and prints the corrected records, marked as corrected, with nothing on stderr when every correction applies', async () => {
    const exportFile = await writeExport();
    const { io, out, err } = capture();
    const htmlFile = join(await mkdtemp(join(tmpdir(), 'reclass-printout-')), 'printout.html');
    const prepared = await takeGlobalOptions(
      [SUPERVISOR, SECTION_CHIEF, '--library-export', exportFile, '--json', '--html', htmlFile],
      io,
    );
    if (typeof prepared === 'string') throw new Error(prepared);
    expect(await compareCommand(prepared.args, prepared.io)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('')) as { a: { title: string }; duties: { aText: string | null }[] };
    expect(result.a.title).toBe('Customer Service Supervisor I');
    const dutiesOfA = result.duties.map((row) => row.aText).filter(Boolean);
    expect(dutiesOfA).toContain(SECOND_PART);
    expect(dutiesOfA).not.toContain(CHANGED_DUTY);
    const printout = await readFile(htmlFile, 'utf8');
    expect(printout).toContain('Customer Service Supervisor I <span class="rc-muted">(corrected by analyst)</span>');
    expect(printout.match(/corrected by analyst/g)).toHaveLength(1);
    expect(printout.replace(/<[^>]+>/g, '')).toContain(SECOND_PART);
  });

  it('carries corrections to a revised file and reports the one whose passage changed', async () => {
    const exportFile = await writeExport(true);
    const revisedFile = join(await mkdtemp(join(tmpdir(), 'reclass-revised-')), 'supervisor-2026.txt');
    await writeFile(
      revisedFile,
      (await readFile(SUPERVISOR, 'utf8')).replace(CHANGED_DUTY, 'Performs special projects and studies as assigned.'),
    );
    const { io, out, err } = capture();
    const prepared = await takeGlobalOptions(['--library-export', exportFile, revisedFile, '--json'], io);
    if (typeof prepared === 'string') throw new Error(prepared);
    expect(await parseCommand(prepared.args, prepared.io)).toBe(0);
    const spec = JSON.parse(out.join('')) as ClassSpec & { correctedFields: string[] };
    expect(spec.title).toBe('Customer Service Supervisor I');
    expect(spec.correctedFields).toEqual(['title']);
    expect(spec.duties.map((duty) => duty.text)).toContain(SECOND_PART);
    expect(err).toEqual([
      `${revisedFile}: correction not applied, its passage is not in this file: Not a duty: "${CHANGED_DUTY}"`,
    ]);
  });

  it('refuses a missing file name, a damaged backup and a file that is not a library export', async () => {
    const { io } = capture();
    const damaged = await writeExport();
    const bytes = await readFile(damaged);
    await writeFile(damaged, bytes.subarray(0, bytes.length - 10));
    expect(await takeGlobalOptions([SUPERVISOR, '--library-export', damaged], io)).toMatch(/cut off/);
    expect(await takeGlobalOptions([SUPERVISOR, '--library-export'], io)).toMatch(/needs a library backup file/);
    expect(await takeGlobalOptions([SUPERVISOR, '--library-export', SUPERVISOR], io)).toMatch(
      /cannot read the library export/,
    );
    const notExport = join(await mkdtemp(join(tmpdir(), 'reclass-bad-')), 'x.json');
    await writeFile(notExport, '{"corrections": []}');
    expect(await takeGlobalOptions([SUPERVISOR, '--library-export', notExport], io)).toMatch(
      /not a Reclass library export/,
    );
  });
});
