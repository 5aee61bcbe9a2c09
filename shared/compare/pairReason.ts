import { sharedTermSet, sharedWordsIn } from '../text';
import type { DutyCover, PairReason } from './types';
import { WORK_EVIDENCE_MIN } from './thresholds';

export type PairEvidence = Readonly<{ score: number; work?: number; activity?: number }>;

const percent = (score: number) => `${Math.round(score * 100)}%`;

/**
 * Why two duties were paired, in words an analyst can check: the work activity both most likely
 * are (when the activity similarity is strong enough to count as evidence), the key terms both
 * use, and the score.
 */
export function pairReason(
  aText: string,
  bText: string,
  evidence: PairEvidence,
  activityTitles: readonly string[] = [],
): PairReason {
  const title =
    evidence.activity !== undefined && (evidence.work ?? 0) >= WORK_EVIDENCE_MIN
      ? (activityTitles[evidence.activity] ?? null)
      : null;
  const terms = sharedWordsIn(aText, sharedTermSet(aText, bText));
  const parts: string[] = [];
  if (title) parts.push(`both: ${title}`);
  if (terms.length > 0) parts.push(`shared terms: ${terms.join(', ')}`);
  if (parts.length === 0) parts.push('little in common');
  return { activity: title, terms, score: evidence.score, text: `${parts.join('; ')} (${percent(evidence.score)})` };
}

/** The reason shown for a pair the analyst linked by hand: theirs, whatever the score. */
export function analystReason(aText: string, bText: string, score: number): PairReason {
  const terms = sharedWordsIn(aText, sharedTermSet(aText, bText));
  return { activity: null, terms, score, text: 'linked by analyst', linkedByAnalyst: true };
}

/**
 * One line for a duty covered beyond the pairs: "A7 done in part by B6: both Resolve customer
 * complaints or problems; shared terms: complaints (33%)", or "A3 done by B1, which performs the
 * duties of Animal Technician 1".
 */
export function coverText(cover: DutyCover): string {
  const [own, other] = cover.side === 'a' ? ['A', 'B'] : ['B', 'A'];
  if (cover.reference) {
    const { title, naming } = cover.reference;
    return naming
      ? `${own}${cover.duty + 1} done by ${other} as a whole: it performs the duties of ${title}`
      : `${own}${cover.duty + 1} done by ${other}${cover.by + 1}, which performs the duties of ${title}`;
  }
  const extent = cover.credit < 1 ? ' in part' : '';
  const evidence = [
    ...(cover.activity ? [`both ${cover.activity}`] : []),
    ...(cover.terms.length > 0 ? [`shared terms: ${cover.terms.join(', ')}`] : []),
  ];
  const reason = evidence.length > 0 ? `: ${evidence.join('; ')}` : '';
  return `${own}${cover.duty + 1} done${extent} by ${other}${cover.by + 1}${reason} (${percent(cover.score)})`;
}
