import type { Span } from '../model';
import { splitSentences } from '../text';

/** A stretch of the spec's text to read cues from; `offset` places it in `ClassSpec.text`. */
export type TextSource = Readonly<{ text: string; offset: number }>;

export type Sentence = Readonly<{ text: string; span: Span }>;

/** The clauses of a source (the shared sentence splitter, also ending at semicolons and line-closing colons), in the spec's coordinates. */
export function sentencesOf(source: TextSource): Sentence[] {
  return splitSentences(source.text, { start: 0, end: source.text.length }, { atClauses: true }).map((range) => ({
    text: source.text.slice(range.start, range.end),
    span: { start: source.offset + range.start, end: source.offset + range.end },
  }));
}
