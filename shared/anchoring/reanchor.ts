import { occurrences, scoreRange, seededRanges, type Candidate } from './candidates';
import { buildPositionMap, type PositionMap } from './positionMap';
import { textHash, trimRange } from './selectors';
import type { AnchorResult, AnchorTarget } from './types';

/**
 * Score thresholds, set on the edit suite in tests/unit/shared/anchoring (six kinds of seeded
 * edits over varied real specs). A wrong place is worse than an orphan, so every rule asks for
 * two kinds of evidence: the quote itself, and its context or its diff-mapped position.
 */
export const THRESHOLDS = {
  /** A reworded quote with its context intact. */
  fuzzyQuote: 0.75,
  fuzzyContext: 0.5,
  /** A quote with a word or two changed, but the context around it intact. */
  contextLedQuote: 0.5,
  contextLedContext: 0.85,
  /** A found copy of the exact quote must have context at least this close... */
  exactContext: 0.5,
  /** ...and beat any other copy by this much, or the choice between them is a guess. */
  ambiguityMargin: 0.1,
  /** An exact quote this long found once in the old and once in the new text needs no context. */
  uniqueQuoteChars: 32,
} as const;

/** Within this distance of the diff-mapped place a candidate counts as "near" (the diff's evidence). */
const NEAR_CHARS = 64;

export type ReanchorContext = Readonly<{
  oldText: string | null;
  newText: string;
  newHash: string;
  positions: PositionMap | null;
}>;

/** Prepares one revision (the diff runs once) for re-anchoring any number of annotations onto it. */
export function prepareRevision(oldText: string | null, newText: string): ReanchorContext {
  const positions = oldText === null || oldText === newText ? null : buildPositionMap(oldText, newText);
  return { oldText, newText, newHash: textHash(newText), positions };
}

function anchored(
  context: ReanchorContext,
  start: number,
  end: number,
  score: number,
  method: Extract<AnchorResult, { status: 'anchored' }>['method'],
): AnchorResult {
  // A reworded range may pick up a neighbouring space the quote never had.
  const range = method === 'fuzzy' ? trimRange(context.newText, start, end) : { start, end };
  return {
    status: 'anchored',
    start: range.start,
    end: range.end,
    quote: context.newText.slice(range.start, range.end),
    score,
    method,
  };
}

const combined = (candidate: Candidate): number => (candidate.quoteScore + candidate.contextScore) / 2;
const overlaps = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;

function passes(candidate: Candidate): boolean {
  const { quoteScore, contextScore } = candidate;
  return (
    (quoteScore >= THRESHOLDS.fuzzyQuote && contextScore >= THRESHOLDS.fuzzyContext) ||
    (quoteScore >= THRESHOLDS.contextLedQuote && contextScore >= THRESHOLDS.contextLedContext)
  );
}

/**
 * True when the diff says the candidate is text that was already in the old version somewhere
 * else than the annotation: another copy of the same words, never the annotated passage itself.
 */
function isOtherOldPassage(
  candidate: Readonly<{ start: number; end: number }>,
  target: AnchorTarget,
  context: ReanchorContext,
): boolean {
  if (!context.positions) return false;
  const probes = [candidate.start, (candidate.start + candidate.end) >> 1, candidate.end - 1];
  const elsewhere = probes.filter((probe) => {
    const old = context.positions?.unmap(probe) ?? null;
    return old !== null && (old < target.position.start || old >= target.position.end);
  });
  return elsewhere.length >= 2;
}

function findExact(target: AnchorTarget, context: ReanchorContext, hint: number | null): AnchorResult | null {
  const { exact } = target.quote;
  const found = occurrences(context.newText, exact).filter(
    (start) => !isOtherOldPassage({ start, end: start + exact.length }, target, context),
  );
  if (found.length === 0) return null;
  const ranked = found
    .map((start) => {
      const candidate = scoreRange(target.quote, context.newText, start, start + exact.length);
      const near = hint !== null && Math.abs(start - hint) <= NEAR_CHARS ? 0.25 : 0;
      return { candidate, rank: candidate.contextScore + near };
    })
    .sort((a, b) => b.rank - a.rank);
  const [best, second] = ranked;
  if (!best) return null;
  const clearlyBest = !second || best.rank - second.rank >= THRESHOLDS.ambiguityMargin;
  if (clearlyBest && best.candidate.contextScore >= THRESHOLDS.exactContext) {
    return anchored(context, best.candidate.start, best.candidate.end, combined(best.candidate), 'exact');
  }
  const uniqueInOld = context.oldText !== null && occurrences(context.oldText, exact, 2).length === 1;
  if (found.length === 1 && uniqueInOld && exact.length >= THRESHOLDS.uniqueQuoteChars) {
    return anchored(context, best.candidate.start, best.candidate.end, combined(best.candidate), 'exact');
  }
  return null;
}

function findFuzzy(
  target: AnchorTarget,
  context: ReanchorContext,
  mapped: Readonly<{ start: number; end: number }> | null,
): AnchorResult | null {
  const ranges = seededRanges(target.quote.exact, context.newText);
  if (mapped && mapped.end > mapped.start) ranges.push(mapped);
  const scored = ranges
    .filter((range) => !isOtherOldPassage(range, target, context))
    .map((range) => scoreRange(target.quote, context.newText, range.start, range.end))
    .sort((a, b) => combined(b) - combined(a));
  const best = scored.find(passes);
  if (!best) return null;
  const rival = scored.find((other) => other !== best && !overlaps(other, best) && passes(other));
  if (rival && combined(best) - combined(rival) < THRESHOLDS.ambiguityMargin) return null;
  return anchored(context, best.start, best.end, combined(best), 'fuzzy');
}

/**
 * Finds one annotation on a new version of its text: unchanged text keeps its offsets; then the
 * old offsets mapped through a diff of old → new; then the exact quote (the copy whose context
 * matches, near the mapped place); then a reworded quote scored on quote and context. Anything
 * less certain is an orphan.
 */
export function reanchor(target: AnchorTarget, context: ReanchorContext): AnchorResult {
  const { start, end } = target.position;
  const { exact } = target.quote;
  const { newText } = context;
  if (newText.slice(start, end) === exact && (context.newHash === target.textHash || context.oldText === newText)) {
    return { status: 'anchored', start, end, quote: exact, score: 1, method: 'unchanged' };
  }
  let mapped: Readonly<{ start: number; end: number }> | null = null;
  if (context.positions) {
    const from = context.positions.map(start, 'start');
    const to = context.positions.map(end, 'end');
    if (to.offset > from.offset) mapped = { start: from.offset, end: to.offset };
    if (from.exact && to.exact && newText.slice(from.offset, to.offset) === exact) {
      return { status: 'anchored', start: from.offset, end: to.offset, quote: exact, score: 1, method: 'diff' };
    }
  }
  const hint = mapped?.start ?? (context.positions ? context.positions.map(start, 'start').offset : null);
  const result = findExact(target, context, hint) ?? findFuzzy(target, context, mapped);
  if (result) return result;
  const best = mapped ? combined(scoreRange(target.quote, newText, mapped.start, mapped.end)) : 0;
  return { status: 'orphaned', score: best };
}

/** Re-anchors every target onto one revision; the diff of old → new is computed once. */
export function reanchorAll(oldText: string | null, newText: string, targets: readonly AnchorTarget[]): AnchorResult[] {
  const context = prepareRevision(oldText, newText);
  return targets.map((target) => reanchor(target, context));
}
