// The acceptance test of the import core: the desktop adapter (Node worker threads reading paths)
// and the web adapter (Web Worker protocol fed with bytes) give the same records and the same
// failures, code, message and advice, for the same files.
import { readdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImporter, sourceWorkerScript } from '../../../../electron/main/import';
import { handleImportRequest } from '../../../../renderer/src/platform/handleImportRequest';
import { createWebImporter } from '../../../../renderer/src/platform/webImporter';
import {
  WORKER_READY,
  type ImportWorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../../renderer/src/platform/workerProtocol';
import type { ImportEvent, ImportFailure, ImportedSpec, ImportLimits } from '../../../../shared/import';
import { customerServiceSupervisor } from '../../../fixtures/extract/sampleSpecs';
import {
  binaryJunk,
  declareUncompressedSize,
  imageOnlyPdf,
  lyingZipBomb,
  oleCompoundFile,
  passwordPdf,
  truncated,
  zipBombDocx,
} from '../../../fixtures/generateMalformed';
import { renderDocx, renderPdf, renderTxt } from '../../../fixtures/generateSpecDocuments';

const LIMITS: Partial<ImportLimits> = { maxFileBytes: 3 * 1024 * 1024, readerCount: 2 };
const text = (value: string) => new TextEncoder().encode(value);

/** Runs the real worker code in this thread, with the structured cloning a real Worker does; "crash" files throw in the worker. */
class InProcessWorker implements ImportWorkerLike {
  onmessage: ((event: MessageEvent<WorkerResponse | typeof WORKER_READY>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private isTerminated = false;

  constructor() {
    setTimeout(() => this.deliver(WORKER_READY), 0);
  }

  postMessage(request: WorkerRequest): void {
    const copy = structuredClone(request);
    if (copy.fileName.includes('crash')) {
      setTimeout(
        () => this.onerror?.({ message: 'Uncaught Error: boom', preventDefault: () => undefined } as ErrorEvent),
        0,
      );
      return;
    }
    void handleImportRequest(copy).then((response) => this.deliver(structuredClone(response)));
  }

  terminate(): void {
    this.isTerminated = true;
  }

  private deliver(data: WorkerResponse | typeof WORKER_READY): void {
    if (!this.isTerminated) this.onmessage?.({ data } as MessageEvent<WorkerResponse | typeof WORKER_READY>);
  }
}

type Results = Readonly<{ imported: Map<string, ImportedSpec>; failed: Map<string, ImportFailure> }>;

function collect(events: readonly ImportEvent[]): Results {
  const imported = new Map<string, ImportedSpec>();
  const failed = new Map<string, ImportFailure>();
  for (const event of events) {
    if (event.kind === 'imported') imported.set(event.spec.fileName, event.spec);
    if (event.kind === 'failed') failed.set(event.failure.fileName, event.failure);
  }
  return { imported, failed };
}

async function importOnDesktop(paths: readonly string[], script = sourceWorkerScript): Promise<Results> {
  const events: ImportEvent[] = [];
  await createImporter(script).importFiles(paths, { onEvent: (event) => events.push(event), limits: LIMITS });
  return collect(events);
}

async function importOnWeb(paths: readonly string[]): Promise<Results> {
  const events: ImportEvent[] = [];
  const importer = createWebImporter({
    createWorker: () => new InProcessWorker(),
    emit: (event) => events.push(event),
    newId: () => 'web',
    limits: LIMITS,
  });
  const jobs = paths.map((path) => {
    const fileName = path.slice(path.lastIndexOf('/') + 1);
    return { fileName, relativePath: fileName, read: async () => new Uint8Array(await readFile(path)).buffer };
  });
  await importer.start(jobs).finished;
  return collect(events);
}

describe('the desktop and web imports of the same files', () => {
  let root: string;
  let paths: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'reclass-parity-'));
    const spec = customerServiceSupervisor;
    const pdf = (await renderPdf(spec)).bytes;
    const docx = await renderDocx(spec);
    const files: Record<string, Uint8Array | string> = {
      'supervisor.txt': renderTxt(spec),
      'supervisor.pdf': pdf,
      'supervisor.docx': docx,
      'supervisor.html': `<!doctype html><html><head><title>${spec.title}</title></head><body><pre>${renderTxt(spec)}</pre></body></html>`,
      // Windows-1252 smart quotes around "carefully", then two bytes Windows-1252 leaves undefined.
      'windows-1252.txt': Uint8Array.from([
        ...text('Class Title: Clerk\n\nDUTIES:\n\n- Files records '),
        0x93,
        ...text('carefully'),
        0x94,
        0x81,
        0x8d,
        0x0a,
      ]),
      'utf-16.txt': Uint8Array.from([
        0xff,
        0xfe,
        ...[...renderTxt(spec)].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
      ]),
      'empty.txt': '',
      'blank.txt': ' \r\n\t\n ',
      'junk.txt': binaryJunk(20_000),
      'cut.pdf': truncated(pdf),
      'cut.docx': truncated(docx),
      'bomb.docx': zipBombDocx(8),
      'declared-huge.docx': declareUncompressedSize(zipBombDocx(1), 1024 ** 3),
      'lying-bomb.docx': lyingZipBomb(),
      'old.doc': oleCompoundFile(),
      'locked.pdf': passwordPdf(),
      'scan.pdf': await imageOnlyPdf(),
      'archive.docx': zipSync({ 'a.txt': text('x') }),
      'hollow.docx': zipSync({ '[Content_Types].xml': text('<Types/>'), 'word/styles.xml': text('<w:styles/>') }),
      'tool.exe': text('MZ not a document'),
      'huge.txt': 'Class Title: Clerk\n'.repeat(200_000),
    };
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(root, name), bytes);
    // Real-world layouts and the shipped seeds make up the rest of the 30+ files.
    for (const name of await readdir('tests/fixtures/specs'))
      await writeFile(join(root, `fixture-${name}`), await readFile(join('tests/fixtures/specs', name)));
    for (const name of (await readdir('seeds')).slice(0, 4))
      await writeFile(join(root, `seed-${name}`), await readFile(join('seeds', name)));
    paths = (await readdir(root)).sort().map((name) => join(root, name));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('give identical records and identical failure codes, messages and advice', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(30);
    const [desktop, web] = [await importOnDesktop(paths), await importOnWeb(paths)];
    expect(desktop.imported.size + desktop.failed.size).toBe(paths.length);
    expect([...web.imported.keys()].sort()).toEqual([...desktop.imported.keys()].sort());
    expect([...web.failed.keys()].sort()).toEqual([...desktop.failed.keys()].sort());
    for (const [name, record] of desktop.imported) expect(web.imported.get(name), name).toEqual(record);
    for (const [name, failure] of desktop.failed) expect(web.failed.get(name), name).toEqual(failure);
    const codes = Object.fromEntries([...desktop.failed].map(([name, failure]) => [name, failure.code]));
    expect(codes).toEqual({
      'empty.txt': 'empty',
      'blank.txt': 'empty',
      'junk.txt': 'binary',
      'cut.pdf': 'corrupt',
      'cut.docx': 'corrupt',
      'bomb.docx': 'zip_bomb',
      'declared-huge.docx': 'zip_bomb',
      'lying-bomb.docx': 'zip_bomb',
      'old.doc': 'encrypted',
      'locked.pdf': 'password',
      'scan.pdf': 'no_text',
      'archive.docx': 'not_word',
      'hollow.docx': 'corrupt',
      'tool.exe': 'unsupported',
      'huge.txt': 'too_large',
    });
  }, 120_000);

  it('keep extraction warnings on the record, including characters that could not be decoded', async () => {
    const [desktop, web] = [
      await importOnDesktop([join(root, 'windows-1252.txt')]),
      await importOnWeb([join(root, 'windows-1252.txt')]),
    ];
    for (const results of [desktop, web]) {
      const warnings = results.imported.get('windows-1252.txt')?.spec.warnings ?? [];
      expect(warnings).toContainEqual(
        expect.objectContaining({
          code: 'extract',
          message: expect.stringMatching(/^2 characters could not be decoded/) as unknown,
        }),
      );
      expect(results.imported.get('windows-1252.txt')?.spec.text).toContain('“carefully”');
    }
  }, 60_000);

  it('report a reader that dies under a file with the same code and message, and go on', async () => {
    const crash = join(root, 'crash.txt');
    await writeFile(crash, renderTxt(customerServiceSupervisor));
    const supervisor = join(root, 'supervisor.txt');
    const hostile = { url: new URL('../../electron/main/import/hostileWorker.ts', import.meta.url), typescript: true };
    const desktop = await importOnDesktop([crash, supervisor], hostile);
    const web = await importOnWeb([crash, supervisor]);
    expect(desktop.failed.get('crash.txt')).toMatchObject({ code: 'reader_crashed' });
    expect(web.failed.get('crash.txt')).toEqual(desktop.failed.get('crash.txt'));
    expect([...web.imported.keys()]).toEqual(['supervisor.txt']);
    expect([...desktop.imported.keys()]).toEqual(['supervisor.txt']);
  }, 60_000);
});
