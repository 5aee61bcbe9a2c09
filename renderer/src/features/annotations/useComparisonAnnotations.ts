import { useMemo } from 'react';
import type { ComparisonAnnotations, SideAnnotations } from '../../../../shared/report';
import { useSpecAnnotations, type AnnotationRow, type StoredSpec } from '../../db';

function sideOf(stored: StoredSpec, rows: readonly AnnotationRow[] | undefined): SideAnnotations {
  return {
    dutySpans: stored.spec.duties.map((duty) => duty.span),
    annotations: (rows ?? []).map((row) => ({
      ...row.target.position,
      quote: row.target.quote.exact,
      note: row.note,
      tags: row.tags,
    })),
  };
}

/** Both sides' annotations in the shape the comparison printout numbers as footnotes. */
export function useComparisonAnnotations(left: StoredSpec, right: StoredSpec): ComparisonAnnotations {
  const rowsA = useSpecAnnotations(left.id);
  const rowsB = useSpecAnnotations(right.id);
  return useMemo(() => ({ a: sideOf(left, rowsA), b: sideOf(right, rowsB) }), [left, right, rowsA, rowsB]);
}
