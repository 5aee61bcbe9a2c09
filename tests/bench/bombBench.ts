// The lying zip bomb (a ~2 MB DOCX whose headers declare 4 KB and which inflates to 2 GB), imported
// through the desktop/CLI reader pool in a child process: time to refuse it and extra peak memory.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { customerServiceSupervisor } from '../fixtures/extract/sampleSpecs';
import { lyingZipBomb } from '../fixtures/generateMalformed';
import { renderTxt } from '../fixtures/generateSpecDocuments';

type Figures = Record<string, number | string | null>;
type ChildResult = Readonly<{ code: string | null; refuseMs: number; extraPeakMb: number }>;

const RUNS = 3;
const round = (value: number) => Math.round(value * 10) / 10;

export async function measureBomb(): Promise<Figures> {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-bomb-'));
  try {
    const warm = join(folder, 'warm.txt');
    const bomb = join(folder, 'bomb.docx');
    await writeFile(warm, renderTxt(customerServiceSupervisor));
    await writeFile(bomb, lyingZipBomb());
    const results: ChildResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'tests/bench/bombChild.ts', warm, bomb],
        { maxBuffer: 1024 * 1024 },
      );
      const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
      if (result.code !== 'zip_bomb')
        throw new Error(`the lying zip bomb was not refused as a zip bomb (${String(result.code)})`);
      results.push(result);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    return {
      'import.bomb_refuse_ms': round(median(results.map((result) => result.refuseMs))),
      'import.bomb_peak_rss_mb': round(Math.max(...results.map((result) => result.extraPeakMb))),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
