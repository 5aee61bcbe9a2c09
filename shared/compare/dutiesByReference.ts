import type { Duty } from '../model';
import { COVERAGE_CREDIT } from './thresholds';
import type { DutyCover } from './types';

const FULL_CREDIT = COVERAGE_CREDIT.same;

// A class series often writes a higher level's first duty as a reference to the level below:
// "Perform duties of Animal Technician 1;", "Performs all the duties of an Accountant I". Such a
// duty takes in every duty of the class it names; no wording of the two classes' duties shows it.

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6' };

/** Lower-case words with Roman level numerals read as digits, so "Technician I" and "Technician 1" agree. */
function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/gu) ?? []).map((word) => ROMAN[word] ?? word);
}

const PERFORMS = new Set(['perform', 'performs', 'performing', 'carry', 'carries', 'assume', 'assumes', 'do', 'does']);
const DUTIES = new Set(['duties', 'tasks', 'functions', 'work', 'responsibilities']);
const FILLER = new Set(['all', 'of', 'the', 'a', 'an', 'out', 'full', 'range', 'same', 'as', 'class', 'level']);
const LINK = new Set(['of', 'for', 'by', 'as']);
/**
 * Wording that makes the reference occasional rather than the class's work: relief in an absence,
 * acting assignments, work "as needed". Those duties do not take in the other class.
 */
const OCCASIONAL = new Set([
  'absence',
  'absent',
  'temporarily',
  'temporary',
  'occasionally',
  'vacation',
  'acting',
  'relief',
  'needed',
  'may',
]);

/**
 * Words that may follow a class's title where a duty names it; any other word makes it a longer
 * title ("Clerk Typist" is not the class "Clerk", "Technician 1" not the class "Technician").
 */
const AFTER_TITLE = new Set([
  'class',
  'classification',
  'position',
  'positions',
  'level',
  'series',
  'and',
  'as',
  'in',
  'with',
  'including',
  'plus',
  ...DUTIES,
]);

/** Whether `needle` is at `at` and ends the title there. */
function startsAt(haystack: readonly string[], needle: readonly string[], at: number): boolean {
  const after = haystack[at + needle.length];
  return (
    needle.every((word, offset) => haystack[at + offset] === word) && (after === undefined || AFTER_TITLE.has(after))
  );
}

/** Whether the duty says it performs the duties of the class titled `title`. */
export function namesClassDuties(text: string, title: string): boolean {
  const titleWords = words(title);
  const said = words(text);
  if (titleWords.length === 0 || said.some((word) => OCCASIONAL.has(word))) return false;
  // "<performs> [all of the] duties <of|for|by|as> [a|an|the] <title>" or "<performs> [all] [the] <title> duties".
  for (let at = 0; at < said.length; at += 1) {
    if (!PERFORMS.has(said[at] as string)) continue;
    let next = at + 1;
    while (next < said.length && FILLER.has(said[next] as string)) next += 1;
    if (startsAt(said, titleWords, next) && DUTIES.has(said[next + titleWords.length] ?? '')) return true;
    if (!DUTIES.has(said[next] ?? '')) continue;
    next += 1;
    if (!LINK.has(said[next] ?? '')) continue;
    next += 1;
    while (next < said.length && FILLER.has(said[next] as string)) next += 1;
    if (startsAt(said, titleWords, next)) return true;
  }
  return false;
}

/** The first of `duties` that takes in the duties of the class titled `title`, or null. */
export function dutyNamingClass(duties: readonly Duty[], title: string | null): number | null {
  if (!title) return null;
  const index = duties.findIndex((duty) => namesClassDuties(duty.text, title));
  return index < 0 ? null : index;
}

export type ClassTitles = Readonly<{ a: string | null; b: string | null }>;
/** Per side, its duty naming the other class (dutyNamingClass), or null. */
export type NamingDuties = Readonly<{ a: number | null; b: number | null }>;

export function namingDuties(a: readonly Duty[], b: readonly Duty[], titles: ClassTitles): NamingDuties {
  return { a: dutyNamingClass(a, titles.b), b: dutyNamingClass(b, titles.a) };
}

/**
 * Coverage by reference: where one class's duty takes in the other class by its title, every duty
 * of the other class is done there in full, and the naming duty is done by the other class as a
 * whole. `credit` is each duty's credit from its pairs; only duties it leaves short get an entry.
 */
export function coverByReference(
  a: readonly Duty[],
  b: readonly Duty[],
  titles: ClassTitles,
  naming: NamingDuties,
  credit: Readonly<{ a: ReadonlyMap<number, number>; b: ReadonlyMap<number, number> }>,
): DutyCover[] {
  const result: DutyCover[] = [];
  const take = (namingSide: 'a' | 'b') => {
    const [named, title] = namingSide === 'a' ? [b, titles.b] : [a, titles.a];
    const namedSide = namingSide === 'a' ? 'b' : 'a';
    const by = naming[namingSide];
    if (by === null || title === null || named.length === 0) return;
    const short = (side: 'a' | 'b', duty: number) => (credit[side].get(duty) ?? 0) < FULL_CREDIT;
    const entry = (side: 'a' | 'b', duty: number, coveredBy: number, isNaming: boolean): DutyCover => ({
      side,
      duty,
      by: coveredBy,
      credit: FULL_CREDIT,
      score: 1,
      activity: null,
      terms: [],
      reference: { title, naming: isNaming },
    });
    named.forEach((_, duty) => {
      if (short(namedSide, duty)) result.push(entry(namedSide, duty, by, false));
    });
    if (short(namingSide, by)) result.push(entry(namingSide, by, 0, true));
  };
  take('b');
  take('a');
  return result;
}
