// Up to three leading words ("GS-", "Grade", "Pay Grade", "Range") before the number; a long word
// ("Unclassified Executive 3") names a kind of post, not a numbered grade.
const LEADING_NUMBER = /^(?:[A-Za-z]{1,6}[\s.:-]*){0,3}?(\d{1,3}(?:\.\d+)?)/;

/**
 * "26", "GS-12", "E 7", "18A", "Range 24", "Pay Grade 12" → the number, the one reading of a grade as a
 * number (series order, the pay-grade factor, the library's grade filter); null when the grade has none.
 */
export function numericGrade(grade: string | null): number | null {
  const match = grade?.trim().match(LEADING_NUMBER);
  return match?.[1] ? Number(match[1]) : null;
}
