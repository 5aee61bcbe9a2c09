import type { FactorKey, FactorReading } from '../spec/types';
import { splitSentences, type TextSource } from './sentences';

export type Cue = Readonly<{ level: number; label: string; pattern: RegExp }>;

/**
 * Cue words for one factor. `pick` says which match wins when a statement has several:
 * `first` — the first cue in the list that matches anywhere (cues listed most specific first,
 * so "somewhat complex" is seen before "complex"); `lowest` / `highest` — the extreme level
 * among all matches (e.g. "moderate supervision … occasionally autonomous" is moderate).
 */
export type CueScale = Readonly<{ key: FactorKey; scaleSize: number; pick: 'first' | 'lowest' | 'highest'; cues: readonly Cue[] }>;

type Match = Readonly<{ cue: Cue; sentenceIndex: number }>;

function allMatches(scale: CueScale, sentences: readonly string[]): Match[] {
  const matches: Match[] = [];
  for (const cue of scale.cues) {
    sentences.forEach((sentence, sentenceIndex) => {
      if (cue.pattern.test(sentence)) matches.push({ cue, sentenceIndex });
    });
  }
  return matches;
}

function choose(scale: CueScale, matches: readonly Match[]): Match | null {
  if (scale.pick === 'first') {
    const firstCue = matches[0]?.cue;
    const sameCue = matches.filter((match) => match.cue === firstCue);
    return sameCue.reduce<Match | null>((best, match) => (!best || match.sentenceIndex < best.sentenceIndex ? match : best), null);
  }
  const better = (x: Match, y: Match) => (scale.pick === 'lowest' ? x.cue.level < y.cue.level : x.cue.level > y.cue.level);
  return matches.reduce<Match | null>((best, match) => {
    if (!best || better(match, best)) return match;
    return match.cue.level === best.cue.level && match.sentenceIndex < best.sentenceIndex ? match : best;
  }, null);
}

/** The level a statement's cue words set, with the sentence that set it as evidence; null when no cue matches. */
export function readCueScale(scale: CueScale, source: TextSource): FactorReading | null {
  const sentences = splitSentences(source);
  const chosen = choose(scale, allMatches(scale, sentences.map((sentence) => sentence.text)));
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
