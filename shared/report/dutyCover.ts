import { coverText, type DutyCover, type DutyPair } from '../compare';

/**
 * The many-to-one coverage line of each duty row ("A7 done in part by B6: both …"), on the first
 * row showing the covered duty, so a duty the pairing lists as only in its class still shows
 * where the other class does its work. Keyed by the row's position in `pairs`.
 */
export function coverLinesByRow(pairs: readonly DutyPair[], cover: readonly DutyCover[]): Map<number, string> {
  const lines = new Map<number, string[]>();
  for (const entry of cover) {
    const row = pairs.findIndex((pair) => (entry.side === 'a' ? pair.a : pair.b) === entry.duty);
    if (row < 0) continue;
    lines.set(row, [...(lines.get(row) ?? []), coverText(entry)]);
  }
  return new Map([...lines].map(([row, texts]) => [row, texts.join('; ')]));
}
