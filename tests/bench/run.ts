// `npm run bench`: every figure in one JSON object on stdout (progress goes to stderr).
import { measureImport } from './importBench';
import { measureBomb } from './bombBench';
import { measureCompare } from './compareBench';
import { measureApp } from './appBench';
import { measureMatch } from './matchBench';
import { measureAnnotations } from './annotationsBench';
import { measureBackup } from './backupBench';
import { measureStudy } from './studyBench';

type Figures = Record<string, number | string | null>;

async function main(): Promise<void> {
  const figures: Figures = {};
  const sections: readonly [string, () => Promise<Figures>][] = [
    ['import', measureImport],
    ['bomb', measureBomb],
    ['compare', measureCompare],
    ['match', measureMatch],
    ['app', measureApp],
    ['annotations', measureAnnotations],
    ['backup', measureBackup],
    ['study', measureStudy],
  ];
  for (const [name, measure] of sections) {
    process.stderr.write(`bench: ${name}…\n`);
    Object.assign(figures, await measure());
  }
  figures['memory.peak_rss_mb'] = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

await main();
