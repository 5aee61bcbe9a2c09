// Function words plus filler that class specs use everywhere ("may", "various", "etc.", "i.e.")
// and that would otherwise make unrelated duties look alike.
const WORDS = `a about above across after again all also am an and any are as at be been being both but by
can could did do does each either etc eg ie for from further had has have having he her here hers him his how
i if in into is it its itself may might more most must no nor not of off on once only or other our ours out over
own same shall she should so some such than that the their theirs them then there these they this those through
to too under until up upon very was we were what when where which while who whom why will with within would you your
various as well needed required necessary assigned related similar duties duty`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/u));

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
