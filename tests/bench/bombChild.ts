// Run by bombBench in a fresh process, so its peak memory is the import's own: one reader of the
// CLI's pool reads a small spec (loading its modules), then the lying zip bomb; prints how long the
// refusal took and how far the process's peak RSS rose above what it was before the bomb.
import { basename } from 'node:path';
import { createNodeReaderPool, sourceWorkerScript } from '../../electron/main/import';
import { withLimits } from '../../shared/import';

const [warmPath, bombPath] = process.argv.slice(2);
if (!warmPath || !bombPath) throw new Error('usage: bombChild <warm file> <bomb file>');
const pool = createNodeReaderPool(sourceWorkerScript, withLimits({ readerCount: 1 }));
const job = (path: string) => ({ path, fileName: basename(path), relativePath: basename(path) });
await pool.run(job(warmPath));
const baselineMb = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const outcome = await pool.run(job(bombPath));
const refuseMs = performance.now() - started;
const peakMb = process.resourceUsage().maxRSS / 1024;
pool.close();
const code = outcome && !outcome.ok ? outcome.failure.code : null;
process.stdout.write(`${JSON.stringify({ code, refuseMs, extraPeakMb: peakMb - baselineMb })}\n`);
