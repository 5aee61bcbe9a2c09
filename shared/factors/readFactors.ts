import type { ClassSpec, FactorKey, FactorReading, FactorReadings, SectionKind, Span } from '../model';
import { readContacts } from './contacts';
import { readDutySupervision } from './dutySupervision';
import { readCueScale, type CueScale } from './cueScale';
import {
  COMPLEXITY,
  IMPACT,
  PHYSICAL_EFFORT,
  PHYSICAL_SKILL,
  SUPERVISION_EXERCISED,
  SUPERVISION_RECEIVED,
  WORK_ENVIRONMENT,
} from './cueScales';
import { readEducation, readExperience, readPayGrade } from './requirements';
import type { TextSource } from './sentences';

type SpecWithoutFactors = Omit<ClassSpec, 'factors'>;

function sourceAt(spec: SpecWithoutFactors, span: Span | undefined): TextSource | null {
  if (!span || span.end <= span.start || span.end > spec.text.length) return null;
  return { text: spec.text.slice(span.start, span.end), offset: span.start };
}

function statementSource(spec: SpecWithoutFactors, key: FactorKey): TextSource | null {
  const statement = spec.factorStatements[key];
  if (!statement) return null;
  // Spans point into spec.text; fall back to the statement's own text if a span is off.
  return sourceAt(spec, statement.span) ?? { text: statement.text, offset: statement.span.start };
}

function sectionSources(spec: SpecWithoutFactors, kinds: readonly SectionKind[]): TextSource[] {
  return spec.sections
    .filter((section) => kinds.includes(section.kind))
    .flatMap((section) => sourceAt(spec, section.bodySpan) ?? []);
}

/** The first source in the list whose cue words give a reading. */
function readFirst(scale: CueScale, sources: readonly (TextSource | null)[]): FactorReading | null {
  for (const source of sources) {
    const reading = source ? readCueScale(scale, source) : null;
    if (reading) return reading;
  }
  return null;
}

/**
 * Ranks a title names, and whether the title alone holds against lower duties: "Director" and
 * "Supervisor" name a rank over people; "Manager" and "Lead" often do not ("Collections Manager"
 * manages collections, "Product Manager" a product, "Lead Designer" leads design work).
 */
const TITLE_RANKS: readonly (readonly [RegExp, string, boolean])[] = [
  [/\bdirector\b/i, 'manager', true],
  [/\bmanager\b/i, 'manager', false],
  [/\bsupervisor\b/i, 'first-line supervisor', true],
  [/\blead\b/i, 'lead', false],
];

/** Titles name the rank directly: "Manager"/"Director", "Supervisor", "Lead …". */
function readTitleRank(spec: SpecWithoutFactors): Readonly<{ reading: FactorReading; firm: boolean }> | null {
  const title = spec.title;
  if (!title) return null;
  const rank = TITLE_RANKS.find(([pattern]) => pattern.test(title));
  const label = rank?.[1];
  const cue = SUPERVISION_EXERCISED.cues.find((candidate) => candidate.label === label);
  if (!cue) return null;
  const reading: FactorReading = {
    key: 'supervision_exercised',
    level: cue.level,
    scaleSize: SUPERVISION_EXERCISED.scaleSize,
    label: `${cue.label} (from the title)`,
    evidence: spec.spans.title ?? { start: 0, end: 0 },
    text: title,
    basis: 'cue',
  };
  return { reading, firm: rank?.[2] === true };
}

/**
 * Supervision exercised is often stated only in the class concept ("supervises a unit of…"),
 * shown only by the duties, or implied by the title; those are read in that order when there is
 * no statement (or it has no cue).
 */
function readSupervisionExercised(spec: SpecWithoutFactors): FactorReading | null {
  const stated = readFirst(SUPERVISION_EXERCISED, [
    statementSource(spec, 'supervision_exercised'),
    ...sectionSources(spec, ['summary', 'distinguishing']),
  ]);
  if (stated) return stated;
  const shown = readDutySupervision(spec.text, spec.duties);
  const titled = readTitleRank(spec);
  if (!titled) return shown;
  if (!shown) return titled.reading;
  return titled.firm && titled.reading.level > shown.level ? titled.reading : shown;
}

const CUE_FACTORS: readonly CueScale[] = [COMPLEXITY, IMPACT, PHYSICAL_EFFORT, WORK_ENVIRONMENT, PHYSICAL_SKILL];

/**
 * An ordinal reading for every factor the spec states: education/experience/pay grade from the
 * parsed values, the rest from cue words in the factor statements (supervision received also
 * from the impact statement or class concept, supervision exercised also from the class
 * concept or title). Each reading carries the sentence that set its level.
 */
export function readFactors(spec: SpecWithoutFactors): FactorReadings {
  const readings: Partial<Record<FactorKey, FactorReading>> = {};
  const add = (reading: FactorReading | null) => {
    if (reading) readings[reading.key] = reading;
  };
  add(readEducation(spec));
  add(readExperience(spec));
  for (const scale of CUE_FACTORS) add(readFirst(scale, [statementSource(spec, scale.key)]));
  add(
    readFirst(SUPERVISION_RECEIVED, [
      statementSource(spec, 'supervision_received'),
      statementSource(spec, 'impact'),
      ...sectionSources(spec, ['summary']),
    ]),
  );
  add(readSupervisionExercised(spec));
  for (const key of ['internal_contacts', 'external_contacts'] as const) {
    const source = statementSource(spec, key);
    add(source ? readContacts(key, source) : null);
  }
  add(readPayGrade(spec));
  return readings;
}
