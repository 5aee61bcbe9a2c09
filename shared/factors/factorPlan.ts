/** A point-factor plan as data: factors with points per level, and a points → grade table. */
export type FactorPlan = Readonly<{
  id: string;
  name: string;
  factors: readonly Readonly<{ id: string; name: string; points: readonly number[] }>[];
  /** Inclusive point ranges; `max: null` means "and up". */
  grades: readonly Readonly<{ grade: string; min: number; max: number | null }>[];
}>;

export type PlanError = Readonly<{ code: 'unknown_factor' | 'level_out_of_range'; factor: string; level?: number }>;

/** Total points for 1-based levels by factor id; an unknown factor or level is returned as an error. */
export function totalPoints(
  plan: FactorPlan,
  levels: Readonly<Record<string, number>>,
): Readonly<{ ok: true; points: number }> | Readonly<{ ok: false; error: PlanError }> {
  let points = 0;
  for (const [factorId, level] of Object.entries(levels)) {
    const factor = plan.factors.find((candidate) => candidate.id === factorId);
    if (!factor) return { ok: false, error: { code: 'unknown_factor', factor: factorId } };
    const value = Number.isInteger(level) ? factor.points[level - 1] : undefined;
    if (value === undefined) return { ok: false, error: { code: 'level_out_of_range', factor: factorId, level } };
    points += value;
  }
  return { ok: true, points };
}

/** The grade whose range holds the points; null below the lowest range or in a gap between ranges. */
export function gradeFromPoints(plan: FactorPlan, points: number): string | null {
  const row = plan.grades.find(
    (candidate) => points >= candidate.min && (candidate.max === null || points <= candidate.max),
  );
  return row?.grade ?? null;
}
