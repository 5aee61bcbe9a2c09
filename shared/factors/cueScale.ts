import type { FactorKey, FactorReading } from '../model';
import { sentencesOf, type TextSource } from './sentences';

export type Cue = Readonly<{ level: number; label: string; pattern: RegExp }>;

/**
 * Cue words for one factor. `pick` says which match wins when a statement has several:
 * `first` — the first cue in the list that matches anywhere (cues listed most specific first,
 * so "somewhat complex" is seen before "complex"); `lowest` / `highest` — the extreme level
 * among all matches (e.g. "moderate supervision … occasionally autonomous" is moderate).
 */
export type CueScale = Readonly<{
  key: FactorKey;
  scaleSize: number;
  pick: 'first' | 'lowest' | 'highest';
  cues: readonly Cue[];
}>;

/** Cues in the order they are tried: as listed for `first`, else from the winning extreme inward. */
function cuesInPriority(scale: CueScale): readonly Cue[] {
  if (scale.pick === 'first') return scale.cues;
  const direction = scale.pick === 'highest' ? -1 : 1;
  return [...scale.cues].sort((x, y) => direction * (x.level - y.level));
}

const priorityCache = new WeakMap<CueScale, readonly Cue[]>();

function firstMatch(
  scale: CueScale,
  sentences: readonly string[],
): Readonly<{ cue: Cue; sentenceIndex: number }> | null {
  let cues = priorityCache.get(scale);
  if (!cues) priorityCache.set(scale, (cues = cuesInPriority(scale)));
  for (const cue of cues) {
    const sentenceIndex = sentences.findIndex((sentence) => cue.pattern.test(sentence));
    if (sentenceIndex >= 0) return { cue, sentenceIndex };
  }
  return null;
}

/** The level a statement's cue words set, with the sentence that set it as evidence; null when no cue matches. */
export function readCueScale(scale: CueScale, source: TextSource): FactorReading | null {
  const sentences = sentencesOf(source);
  const chosen = firstMatch(
    scale,
    sentences.map((sentence) => sentence.text),
  );
  const sentence = chosen ? sentences[chosen.sentenceIndex] : undefined;
  if (!chosen || !sentence) return null;
  return {
    key: scale.key,
    level: chosen.cue.level,
    scaleSize: scale.scaleSize,
    label: chosen.cue.label,
    evidence: sentence.span,
    text: sentence.text,
    basis: 'cue',
  };
}
