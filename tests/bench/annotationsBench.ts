// Re-anchoring 1,000 annotations made on one version of a spec onto its revision (one diff, then
// every annotation found again), the work done when a revised file is imported.
import { readFile } from 'node:fs/promises';
import { createTarget, reanchorAll, type AnchorTarget } from '../../shared/anchoring';
import { extractDocument } from '../../shared/extract';
import { random, sentencesOf } from '../unit/shared/anchoring/editSuite';

type Figures = Record<string, number | string | null>;

const ANNOTATIONS = 1000;
const RUNS = 5;

/** The revision: every fifth sentence reworded, every seventh deleted, the first paragraph moved to the end. */
function revise(text: string): string {
  const sentences = sentencesOf(text).reverse();
  let revised = text;
  sentences.forEach((sentence, index) => {
    if (index % 7 === 3) revised = revised.slice(0, sentence.start) + revised.slice(sentence.end);
    else if (index % 5 === 1)
      revised = `${revised.slice(0, sentence.start)}Revised: ${revised.slice(sentence.start + 4)}`;
  });
  const [first, ...rest] = revised.split('\n\n');
  return [...rest, first].join('\n\n');
}

export async function measureAnnotations(): Promise<Figures> {
  // Portland's Customer Service Supervisor: the longest seed (many sections, 17 duties).
  const bytes = new Uint8Array(await readFile('seeds/004_3aad121bddd0fb26.txt'));
  const outcome = await extractDocument(bytes, 'portland.txt');
  if (!outcome.ok) throw new Error('seed unreadable');
  const oldText = outcome.document.text;
  const newText = revise(oldText);
  const next = random(1000);
  const sentences = sentencesOf(oldText);
  const targets: AnchorTarget[] = [];
  while (targets.length < ANNOTATIONS) {
    const sentence = sentences[Math.floor(next() * sentences.length)];
    if (!sentence) continue;
    const start = sentence.start + Math.floor(next() * Math.min(20, sentence.end - sentence.start - 10));
    const target = createTarget(oldText, start, sentence.end);
    if (target) targets.push(target);
  }
  reanchorAll(oldText, newText, targets.slice(0, 50));
  const samples: number[] = [];
  let orphaned = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const results = reanchorAll(oldText, newText, targets);
    samples.push(performance.now() - started);
    orphaned = results.filter((result) => result.status === 'orphaned').length;
  }
  samples.sort((a, b) => a - b);
  return {
    'annotations.reanchor_ms_1000': Math.round((samples[Math.floor(RUNS / 2)] ?? 0) * 10) / 10,
    'annotations.reanchor_orphaned_of_1000': orphaned,
  };
}
