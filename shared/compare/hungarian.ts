/**
 * Optimal one-to-one assignment maximizing the total weight (Hungarian algorithm with row and
 * column potentials, O(n²·m) for n rows ≤ m columns; the matrix is transposed when taller than
 * wide). Weights must be finite. Returns, for each row, its column, or null when the row is
 * left unassigned (more rows than columns) or assigned to a zero-weight cell.
 */
export function assignMaximum(weights: readonly (readonly number[])[]): (number | null)[] {
  const rows = weights.length;
  const columns = rows === 0 ? 0 : Math.max(...weights.map((row) => row.length));
  if (rows === 0 || columns === 0) return new Array<number | null>(rows).fill(null);
  const at = (row: number, column: number): number => weights[row]?.[column] ?? 0;
  if (rows > columns) {
    const transposed = Array.from({ length: columns }, (_, column) =>
      Array.from({ length: rows }, (_, row) => at(row, column)),
    );
    const byColumn = assignMaximum(transposed);
    const byRow = new Array<number | null>(rows).fill(null);
    byColumn.forEach((row, column) => {
      if (row !== null) byRow[row] = column;
    });
    return byRow;
  }
  const byRow = minimizeCost(rows, columns, (row, column) => -at(row, column));
  return byRow.map((column, row) => (column !== null && at(row, column) > 0 ? column : null));
}

/** Classic potentials formulation (1-based internally); requires rows ≤ columns. */
function minimizeCost(rows: number, columns: number, cost: (row: number, column: number) => number): (number | null)[] {
  const rowPotential = new Float64Array(rows + 1);
  const columnPotential = new Float64Array(columns + 1);
  const rowOfColumn = new Int32Array(columns + 1);
  const previousColumn = new Int32Array(columns + 1);
  const slack = new Float64Array(columns + 1);
  const visited = new Uint8Array(columns + 1);
  for (let row = 1; row <= rows; row += 1) {
    rowOfColumn[0] = row;
    let column0 = 0;
    slack.fill(Infinity);
    visited.fill(0);
    do {
      visited[column0] = 1;
      const row0 = rowOfColumn[column0] ?? 0;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= columns; column += 1) {
        if (visited[column]) continue;
        const reduced = cost(row0 - 1, column - 1) - (rowPotential[row0] ?? 0) - (columnPotential[column] ?? 0);
        if (reduced < (slack[column] ?? Infinity)) {
          slack[column] = reduced;
          previousColumn[column] = column0;
        }
        if ((slack[column] ?? Infinity) < delta) {
          delta = slack[column] ?? Infinity;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column += 1) {
        if (visited[column]) {
          const owner = rowOfColumn[column] ?? 0;
          rowPotential[owner] = (rowPotential[owner] ?? 0) + delta;
          columnPotential[column] = (columnPotential[column] ?? 0) - delta;
        } else {
          slack[column] = (slack[column] ?? Infinity) - delta;
        }
      }
      column0 = column1;
    } while ((rowOfColumn[column0] ?? 0) !== 0);
    do {
      const column1 = previousColumn[column0] ?? 0;
      rowOfColumn[column0] = rowOfColumn[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
  }
  const byRow = new Array<number | null>(rows).fill(null);
  for (let column = 1; column <= columns; column += 1) {
    const owner = rowOfColumn[column] ?? 0;
    if (owner > 0) byRow[owner - 1] = column - 1;
  }
  return byRow;
}
