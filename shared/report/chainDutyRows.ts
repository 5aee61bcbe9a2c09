import type { DutyPair } from '../compare';

export type LadderDutyRow = Readonly<{
  /** The duty's text in the lowest class it appears in. */
  text: string;
  /** Per column (class in ladder order): 0-based duty index, or null when the class does not state it. */
  cells: readonly (number | null)[];
}>;

/**
 * Follows each duty up the ladder through the alignments of neighbouring classes:
 * `adjacent[i]` aligns column i (as A) with column i + 1 (as B). A duty with no partner below starts a new row.
 */
export function chainDutyRows(
  dutyTexts: readonly (readonly string[])[],
  adjacent: readonly (readonly DutyPair[])[],
): LadderDutyRow[] {
  const columnCount = dutyTexts.length;
  const rows: { text: string; cells: (number | null)[] }[] = [];
  const rowOfDuty: Map<number, number>[] = dutyTexts.map(() => new Map<number, number>());
  const startRow = (column: number, duty: number): void => {
    const cells: (number | null)[] = Array.from({ length: columnCount }, () => null);
    cells[column] = duty;
    rowOfDuty[column]?.set(duty, rows.length);
    rows.push({ text: dutyTexts[column]?.[duty] ?? '', cells });
  };
  dutyTexts[0]?.forEach((_text, duty) => startRow(0, duty));
  for (let column = 1; column < columnCount; column++) {
    const below = rowOfDuty[column - 1];
    const here = rowOfDuty[column];
    for (const pair of adjacent[column - 1] ?? []) {
      if (pair.a === null || pair.b === null || here?.has(pair.b)) continue;
      const rowIndex = below?.get(pair.a);
      const row = rowIndex === undefined ? undefined : rows[rowIndex];
      if (row && row.cells[column] === null && rowIndex !== undefined) {
        row.cells[column] = pair.b;
        here?.set(pair.b, rowIndex);
      }
    }
    dutyTexts[column]?.forEach((_text, duty) => {
      if (!here?.has(duty)) startRow(column, duty);
    });
  }
  return rows;
}
