import type { Span } from '../model';

/** A stretch of the spec's text to read cues from; `offset` places it in `ClassSpec.text`. */
export type TextSource = Readonly<{ text: string; offset: number }>;

export type Sentence = Readonly<{ text: string; span: Span }>;

// Abbreviations that end in a period without ending the sentence (unless a capital follows "etc.").
const ABBREVIATION = /\b(?:i\.e|e\.g|etc|vs|no|approx|min|max|dept|st)\.$/i;
const SENTENCE_START = /^\s+[A-Z]/u;

/** Sentences of a source, with spans in the spec's coordinates. Blank lines and headings-with-colon end a sentence too. */
export function splitSentences(source: TextSource): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.;!?](?=\s)|:\s*\n|\n\s*\n/gu;
  let start = 0;
  const push = (end: number) => {
    const raw = source.text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') sentences.push({ text, span: { start: source.offset + start + leading, end: source.offset + start + leading + text.length } });
    start = end;
  };
  for (const match of source.text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const abbreviation = source.text.slice(Math.max(start, end - 8), end).match(ABBREVIATION)?.[0];
    if (abbreviation && !(/^etc\./i.test(abbreviation) && SENTENCE_START.test(source.text.slice(end, end + 3)))) continue;
    push(end);
  }
  push(source.text.length);
  return sentences;
}
