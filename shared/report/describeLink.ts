import { diffText } from '../diff';
import type { Duty } from '../model';

/** Word diff and literal overlap (share of characters left unchanged) for a pair the analyst links by hand. */
export function describeLink(dutiesA: readonly Duty[], dutiesB: readonly Duty[], a: number, b: number) {
  const textA = dutiesA[a]?.text ?? '';
  const textB = dutiesB[b]?.text ?? '';
  const diff = diffText(textA, textB);
  const unchanged = diff.changes
    .filter((change) => change.kind === 'same')
    .reduce((sum, change) => sum + change.text.length, 0);
  const total = textA.length + textB.length;
  return { score: total === 0 ? 1 : (2 * unchanged) / total, diff };
}
