import type { Span } from '../model';

/** One requirement sentence (or the line of a requirement list) in document order. */
export type RequirementUnit = Readonly<{ value: string; span: Span }>;

export type ExperienceReading = Readonly<{ years: number; span: Span }>;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
};
const AMOUNT =
  '(\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty)';
// "two (2) years", "3-5 years", "2+ years", "two-years experience", "six months of full-time experience";
// not "a four-year college degree".
const DURATION = new RegExp(
  `\\b${AMOUNT}(?:\\s*\\(\\d+\\))?(?:\\s*(?:to|-|–|or)\\s*(?:\\d+|[a-z]+)(?:\\s*\\(\\d+\\))?(?=[\\s-]*\\+?\\s*(?:or more\\s+)?(?:full[- ]time\\s+|additional\\s+|consecutive\\s+|calendar\\s+)?(?:years?|months?)\\b))?[\\s-]*\\+?\\s*(?:or more\\s+)?(?:full[- ]time\\s+|additional\\s+|consecutive\\s+|calendar\\s+)?(years?|months?)\\b(?![\\s-]+(?:college|degree|university|program|course|curriculum|institution|school|accredited|bachelor))`,
  'i',
);
const NO_EXPERIENCE = /\bno (prior |previous |formal )?experience (is )?(required|necessary)\b/i;
const SUBSTITUTION_CLAUSE = /\bsubstitut|\bin lieu of\b/i;
// "an equivalent combination of education and experience": a catch-all, not a path with a duration.
const EQUIVALENT_COMBINATION =
  /\b(equivalent|any) combination\b|\bequivalent (education|training) and( \/or)? experience\b/i;
const CONNECTOR = /^[-–(\s]*(or|and|and\/or)[-–)\s]*$/i;
const ENDS_WITH_OR = /\bor[\s;:,.–-]*$/i;
const STARTS_WITH_OR = /^[-–(\s]*or\b[\s)–-]/i;
// A path that names a qualification of its own (a degree, a certificate) even without a duration.
const QUALIFYING =
  /\b(degree|diploma|bachelor|master|doctora|ph\.?\s?d|certificat|licen[cs]|graduat|high school|g\.?e\.?d|education|college|university)\w*/i;

function amountOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

// The clauses of a sentence that state a requirement: "…: a Master's degree may be substituted for experience" goes.
function requiredClauses(value: string): string {
  if (!SUBSTITUTION_CLAUSE.test(value)) return value;
  return value
    .split(/[:;]\s+|,\s+(?=(?:a|an|the)\s)/)
    .filter((clause) => !SUBSTITUTION_CLAUSE.test(clause))
    .join('; ');
}

/** Years of experience one sentence asks for: 0 for "no experience required", null when it names no duration of experience. */
export function yearsIn(value: string): number | null {
  if (NO_EXPERIENCE.test(value)) return 0;
  if (!/experience/i.test(value)) return null;
  const match = DURATION.exec(value);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const amount = amountOf(match[1]);
  if (!Number.isFinite(amount)) return null;
  return match[2].toLowerCase().startsWith('month') ? Math.round((amount / 12) * 100) / 100 : amount;
}

type Path = { units: RequirementUnit[] };

// Splits the requirements at "OR" lines, "…; or" endings and "Or …" openings; "AND" lines join.
function alternativePaths(units: readonly RequirementUnit[]): Path[] {
  const paths: Path[] = [{ units: [] }];
  let isNewPathPending = false;
  // A sentence running over several alternatives ("5 years …; OR A bachelor's degree …") is split at each "; or".
  const pieces = units.flatMap((unit) =>
    unit.value.split(/(?<=;\s*or)\b/i).map((value) => ({ value, span: unit.span })),
  );
  for (const unit of pieces) {
    const value = unit.value.trim();
    if (CONNECTOR.test(value)) {
      if (/or/i.test(value) && !/and/i.test(value)) isNewPathPending = true;
      continue;
    }
    const current = paths[paths.length - 1];
    if ((isNewPathPending || STARTS_WITH_OR.test(value)) && current !== undefined && current.units.length > 0)
      paths.push({ units: [] });
    paths[paths.length - 1]?.units.push(unit);
    isNewPathPending = ENDS_WITH_OR.test(value);
  }
  return paths.filter((path) => path.units.length > 0);
}

/**
 * The minimum years of experience over the alternative paths the requirements enumerate: each
 * path asks for the most it states, a path that names a degree or certificate and no experience
 * asks for none, and "an equivalent combination…" is not a path. Months count as fractions.
 */
export function minimumExperience(units: readonly RequirementUnit[]): ExperienceReading | null {
  const paths = alternativePaths(units);
  let best: ExperienceReading | null = null;
  for (const path of paths) {
    const text = path.units.map((unit) => unit.value).join(' ');
    if (EQUIVALENT_COMBINATION.test(text) && !DURATION.test(text)) continue;
    let reading: ExperienceReading | null = null;
    for (const unit of path.units) {
      const years = yearsIn(requiredClauses(unit.value));
      if (years !== null && (reading === null || years > reading.years)) reading = { years, span: unit.span };
    }
    if (reading === null && paths.length > 1 && QUALIFYING.test(text))
      reading = { years: 0, span: path.units[0]?.span ?? { start: 0, end: 0 } };
    if (reading !== null && (best === null || reading.years < best.years)) best = reading;
  }
  return best;
}
