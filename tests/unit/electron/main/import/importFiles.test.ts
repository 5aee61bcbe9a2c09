import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImporter, sourceWorkerScript, type ImportOptions } from '../../../../../electron/main/import';
import type { ImportEvent } from '../../../../../shared/ipc/contract';
import { renderDocx, renderPdf, renderTxt } from '../../../../fixtures/generateSpecDocuments';
import { binaryJunk } from '../../../../fixtures/generateMalformed';
import { customerServiceSupervisor } from '../../../../fixtures/extract/sampleSpecs';

const hostile = createImporter({ url: new URL('./hostileWorker.ts', import.meta.url), typescript: true });

async function collect(
  run: (options: ImportOptions) => ReturnType<typeof hostile.importFiles>,
  extra: Partial<ImportOptions> = {},
) {
  const events: ImportEvent[] = [];
  const summary = await run({ onEvent: (event) => events.push(event), ...extra });
  return { events, summary };
}

describe('importFiles', () => {
  let root: string;
  const specText = renderTxt(customerServiceSupervisor);

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-import-'));
    await writeFile(join(root, 'supervisor.txt'), specText);
    await writeFile(join(root, 'empty.txt'), '');
    await writeFile(join(root, 'junk.txt'), binaryJunk(4096));
    await writeFile(join(root, 'hang.txt'), specText);
    await writeFile(join(root, 'oom.txt'), specText);
    await writeFile(join(root, 'supervisor.pdf'), (await renderPdf(customerServiceSupervisor)).bytes);
    await writeFile(join(root, 'supervisor.docx'), await renderDocx(customerServiceSupervisor));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('streams started, one event per file and finished, in order, and keeps going after failures', async () => {
    const files = ['supervisor.txt', 'empty.txt', 'junk.txt'].map((name) => join(root, name));
    const { events, summary } = await collect((options) =>
      createImporter(sourceWorkerScript).importFiles(files, options),
    );
    expect(events[0]).toMatchObject({ kind: 'started', total: 3 });
    expect(events.at(-1)).toMatchObject({ kind: 'finished', done: 3, total: 3, cancelled: false });
    expect(events.slice(1, -1).map((event) => ('done' in event ? event.done : 0))).toEqual([1, 2, 3]);
    expect(summary.imported.map((spec) => spec.fileName)).toEqual(['supervisor.txt']);
    expect(summary.imported[0]?.spec.title).toMatch(/customer service supervisor/i);
    expect(Object.fromEntries(summary.failed.map((failure) => [failure.fileName, failure.code]))).toEqual({
      'empty.txt': 'empty',
      'junk.txt': 'binary',
    });
  });

  it('resuming a folder imports only the files the interrupted import lacks', async () => {
    const only = ['supervisor.pdf', 'empty.txt'];
    const { events, summary } = await collect((options) =>
      createImporter(sourceWorkerScript).importFiles([root], { ...options, only }),
    );
    expect(events[0]).toMatchObject({ kind: 'started', total: 2 });
    expect(summary.imported.map((spec) => spec.relativePath)).toEqual(['supervisor.pdf']);
    expect(summary.failed.map((failure) => failure.relativePath)).toEqual(['empty.txt']);
  });

  it('reads PDF and DOCX on the worker threads to the same record as the TXT', async () => {
    const files = ['supervisor.txt', 'supervisor.pdf', 'supervisor.docx'].map((name) => join(root, name));
    const { summary } = await collect((options) => createImporter(sourceWorkerScript).importFiles(files, options));
    expect(summary.failed).toEqual([]);
    const byFormat = Object.fromEntries(summary.imported.map((spec) => [spec.format, spec.spec]));
    expect(Object.keys(byFormat).sort()).toEqual(['docx', 'pdf', 'txt']);
    const shape = (format: string) => ({
      title: byFormat[format]?.title,
      code: byFormat[format]?.code,
      duties: byFormat[format]?.duties.length,
    });
    expect(shape('pdf')).toEqual(shape('txt'));
    expect(shape('docx')).toEqual(shape('txt'));
  });

  it('identifies a version by the SHA-256 of its bytes, the same on every import', async () => {
    const path = join(root, 'supervisor.txt');
    const expected = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    const importer = createImporter(sourceWorkerScript);
    for (let round = 0; round < 2; round += 1) {
      const { summary } = await collect((options) => importer.importFiles([path], options));
      expect(summary.imported[0]?.hash).toBe(expected);
    }
  });

  it('refuses a file over the size limit', async () => {
    const { summary } = await collect(
      (options) => createImporter(sourceWorkerScript).importFiles([join(root, 'supervisor.txt')], options),
      { limits: { maxFileBytes: 100 } },
    );
    expect(summary.failed).toEqual([
      expect.objectContaining({
        fileName: 'supervisor.txt',
        code: 'too_large',
        message: expect.stringMatching(/too large/) as unknown,
      }),
    ]);
  });

  it('stops a file that runs past the time limit, reports it, and imports the rest', async () => {
    const files = ['hang.txt', 'supervisor.txt'].map((name) => join(root, name));
    const { summary } = await collect((options) => hostile.importFiles(files, options), {
      limits: { fileTimeLimitMs: 1500, readerCount: 1 },
    });
    expect(summary.failed).toEqual([
      expect.objectContaining({
        fileName: 'hang.txt',
        code: 'timeout',
        message: expect.stringMatching(/took longer than 1.5 s/) as unknown,
      }),
    ]);
    expect(summary.imported.map((spec) => spec.fileName)).toEqual(['supervisor.txt']);
  });

  it('stops a file that exhausts the worker heap and reports it as out of memory', async () => {
    const files = ['oom.txt', 'supervisor.txt'].map((name) => join(root, name));
    const { summary } = await collect((options) => hostile.importFiles(files, options), {
      limits: { readerMemoryLimitMb: 48, readerCount: 1 },
    });
    expect(summary.failed.map((failure) => [failure.fileName, failure.code])).toEqual([['oom.txt', 'out_of_memory']]);
    expect(summary.imported).toHaveLength(1);
  });

  it('ends with cancelled: true when the signal aborts, without waiting for running files', async () => {
    const controller = new AbortController();
    const files = ['hang.txt', 'hang.txt', 'hang.txt'].map((name) => join(root, name));
    const onEvent = (event: ImportEvent) => {
      if (event.kind === 'started') setTimeout(() => controller.abort(), 300);
    };
    const events: ImportEvent[] = [];
    const summary = await hostile.importFiles(files, {
      signal: controller.signal,
      limits: { fileTimeLimitMs: 60_000 },
      onEvent: (event) => {
        events.push(event);
        onEvent(event);
      },
    });
    expect(summary.cancelled).toBe(true);
    expect(events.at(-1)).toMatchObject({ kind: 'finished', cancelled: true, done: 0, total: 3 });
  });
});
