import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../../../../shared/extract';

/**
 * The re-anchoring edit suite: real specs (seeds, parser fixtures, and public job descriptions
 * from other employers in tests/fixtures/annotations) with annotations on sentences and phrases,
 * each put through six kinds of seeded edits. Every case knows where its quote really went.
 */
export type EditKind = 'unchanged' | 'unrelated' | 'reordered' | 'typo' | 'wordChanged' | 'deleted' | 'boilerplate';
export type Range = Readonly<{ start: number; end: number }>;
export type EditCase = Readonly<{
  kind: EditKind;
  document: string;
  oldText: string;
  newText: string;
  annotation: Range;
  expected: Range | null;
}>;

const DIRECTORIES = ['../../../fixtures/specs/', '../../../fixtures/annotations/', '../../../../seeds/'];
const REPLACEMENT_WORDS = [
  'coordinates',
  'regional',
  'reviews',
  'complex',
  'prepares',
  'senior',
  'monitors',
  'municipal',
];
const INSERTED_SENTENCES = [
  'Attends training as required by the department.',
  'Work is reviewed for compliance with policy.',
  'May be assigned to a different shift.',
];

/** Deterministic PRNG (mulberry32), so a failing case can be reproduced. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function suiteDocuments(): Promise<Array<Readonly<{ name: string; text: string }>>> {
  const documents: Array<Readonly<{ name: string; text: string }>> = [];
  for (const directory of DIRECTORIES) {
    const path = fileURLToPath(new URL(directory, import.meta.url));
    for (const name of readdirSync(path)
      .filter((file) => /\.(txt|md)$/u.test(file))
      .sort()) {
      const outcome = await extractDocument(new Uint8Array(readFileSync(path + name)), name);
      if (outcome.ok) documents.push({ name, text: outcome.document.text });
    }
  }
  return documents;
}

/** Sentences (or list items) long enough that an analyst would mark them. */
export function sentencesOf(text: string): Range[] {
  const sentences: Range[] = [];
  for (const match of text.matchAll(/[^\n.;:]+[.;]?/gu)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const start = (match.index ?? 0) + lead;
    const end = (match.index ?? 0) + raw.trimEnd().length;
    const words = text.slice(start, end).split(/\s+/u).length;
    if (end - start >= 30 && end - start <= 400 && words >= 5) sentences.push({ start, end });
  }
  return sentences;
}

const pick = <T>(items: readonly T[], next: () => number): T => items[Math.floor(next() * items.length)] as T;
const splice = (text: string, at: number, remove: number, insert: string): string =>
  text.slice(0, at) + insert + text.slice(at + remove);

function wordsIn(text: string, range: Range, minLength: number): Range[] {
  const words: Range[] = [];
  for (const match of text.slice(range.start, range.end).matchAll(/\p{L}+/gu)) {
    if (match[0].length >= minLength)
      words.push({ start: range.start + (match.index ?? 0), end: range.start + (match.index ?? 0) + match[0].length });
  }
  return words;
}

/** A whole sentence, or a run of 3–10 of its words. */
function annotationIn(text: string, sentence: Range, next: () => number): Range {
  const words = wordsIn(text, sentence, 1);
  if (next() < 0.5 || words.length < 6) return sentence;
  const count = 3 + Math.floor(next() * Math.min(8, words.length - 3));
  const first = Math.floor(next() * (words.length - count + 1));
  return { start: words[first]?.start ?? sentence.start, end: words[first + count - 1]?.end ?? sentence.end };
}

function unrelatedEdits(
  text: string,
  annotation: Range,
  sentences: readonly Range[],
  next: () => number,
): { newText: string; expected: Range } {
  const away = sentences.filter(
    (sentence) => sentence.end < annotation.start - 40 || sentence.start > annotation.end + 40,
  );
  const chosen = [...new Set([pick(away, next), pick(away, next), pick(away, next)])].sort((a, b) => b.start - a.start);
  let newText = text;
  let shift = 0;
  for (const sentence of chosen) {
    const before = newText.length;
    const choice = next();
    if (choice < 0.33) newText = splice(newText, sentence.start, sentence.end - sentence.start, '');
    else if (choice < 0.66) newText = splice(newText, sentence.end, 0, ` ${pick(INSERTED_SENTENCES, next)}`);
    else {
      const word = pick(wordsIn(newText, sentence, 4), next) ?? sentence;
      newText = splice(newText, word.start, word.end - word.start, pick(REPLACEMENT_WORDS, next));
    }
    if (sentence.start < annotation.start) shift += newText.length - before;
  }
  return { newText, expected: { start: annotation.start + shift, end: annotation.end + shift } };
}

function reordered(text: string, annotation: Range, next: () => number): { newText: string; expected: Range } | null {
  const blocks: Range[] = [];
  for (const match of text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/gu))
    blocks.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  const home = blocks.findIndex((block) => block.start <= annotation.start && annotation.end <= block.end);
  if (blocks.length < 3 || home < 0) return null;
  let target = Math.floor(next() * blocks.length);
  if (target === home) target = (home + 1 + Math.floor(next() * (blocks.length - 1))) % blocks.length;
  const order = blocks.map((_, index) => index).filter((index) => index !== home);
  order.splice(target, 0, home);
  const parts = order.map((index) => text.slice(blocks[index]?.start, blocks[index]?.end));
  const newStart = order
    .slice(0, order.indexOf(home))
    .reduce((sum, index) => sum + (blocks[index]!.end - blocks[index]!.start) + 2, 0);
  const offset = newStart - (blocks[home]?.start ?? 0);
  return { newText: parts.join('\n\n'), expected: { start: annotation.start + offset, end: annotation.end + offset } };
}

function insideEdit(
  text: string,
  annotation: Range,
  kind: 'typo' | 'wordChanged',
  next: () => number,
): { newText: string; expected: Range } | null {
  const words = wordsIn(text, annotation, 4);
  if (words.length === 0) return null;
  const word = pick(words, next);
  const original = text.slice(word.start, word.end);
  let replacement: string;
  if (kind === 'typo') {
    const at = 1 + Math.floor(next() * (original.length - 2));
    replacement =
      next() < 0.5
        ? original.slice(0, at) + original.slice(at + 1)
        : original.slice(0, at) + (original[at + 1] ?? '') + (original[at] ?? '') + original.slice(at + 2);
    if (replacement === original) replacement = original.slice(0, at) + original.slice(at + 1);
  } else {
    replacement = pick(
      REPLACEMENT_WORDS.filter((candidate) => candidate !== original.toLowerCase()),
      next,
    );
  }
  const newText = splice(text, word.start, original.length, replacement);
  return { newText, expected: { start: annotation.start, end: annotation.end + replacement.length - original.length } };
}

function boilerplate(
  text: string,
  sentence: Range,
  sentences: readonly Range[],
  next: () => number,
): { newText: string; expected: Range } | null {
  const far = sentences.filter((other) => Math.abs(other.start - sentence.start) > 200);
  if (far.length === 0) return null;
  const host = pick(far, next);
  const copy = ` ${text.slice(sentence.start, sentence.end)}`;
  const newText = splice(text, host.end, 0, copy);
  const shift = host.end <= sentence.start ? copy.length : 0;
  return { newText, expected: { start: sentence.start + shift, end: sentence.end + shift } };
}

/** Every case of the suite: for each document, up to `perDocument` annotations × seven kinds. */
export async function buildEditSuite(perDocument = 12, seed = 12): Promise<EditCase[]> {
  const cases: EditCase[] = [];
  const next = random(seed);
  for (const { name, text } of await suiteDocuments()) {
    const sentences = sentencesOf(text);
    if (sentences.length < 4) continue;
    for (let index = 0; index < perDocument; index += 1) {
      const sentence = pick(sentences, next);
      const annotation = annotationIn(text, sentence, next);
      const base = { document: name, oldText: text, annotation };
      cases.push({ ...base, kind: 'unchanged', newText: text, expected: annotation });
      cases.push({ ...base, kind: 'unrelated', ...unrelatedEdits(text, annotation, sentences, next) });
      const moved = reordered(text, annotation, next);
      if (moved) cases.push({ ...base, kind: 'reordered', ...moved });
      for (const kind of ['typo', 'wordChanged'] as const) {
        const edited = insideEdit(text, annotation, kind, next);
        if (edited) cases.push({ ...base, kind, ...edited });
      }
      const deleted = splice(text, sentence.start, sentence.end - sentence.start, '');
      cases.push({ ...base, kind: 'deleted', newText: deleted, expected: null });
      const repeated = boilerplate(text, sentence, sentences, next);
      if (repeated) cases.push({ ...base, annotation: sentence, kind: 'boilerplate', ...repeated });
    }
  }
  return cases;
}
