import { readFactors } from '../factors';
import type { ClassSpec, Duty, Section, Span } from '../model';
import type { StudySubject, TypedDuty } from './studySchema';

type TypedSubject = Extract<StudySubject, { kind: 'typed' }>;

const SUMMARY_HEADING = 'Position summary:';
const DUTIES_HEADING = 'Duties:';

function dutyLine(duty: TypedDuty): string {
  return duty.percentTime === null ? duty.text.trim() : `${duty.text.trim()} (${duty.percentTime}% of time)`;
}

/**
 * A position description typed into a study, as a spec the comparison engine reads like an
 * imported one: its summary is the class concept (so supervision stated there is read as a
 * factor), its duties keep their percent of time.
 */
export function typedPositionSpec(subject: TypedSubject, jurisdiction: string | null = null): ClassSpec {
  const sections: Section[] = [];
  const duties: Duty[] = [];
  let text = `${subject.title.trim() || 'Position description'}\n\n`;
  const titleSpan: Span = { start: 0, end: text.trimEnd().length };
  const addSection = (kind: Section['kind'], heading: string, body: () => void): void => {
    const start = text.length;
    text += `${heading}\n`;
    const bodyStart = text.length;
    body();
    sections.push({
      kind,
      heading,
      level: 0,
      span: { start, end: text.length },
      headingSpan: { start, end: start + heading.length },
      bodySpan: { start: bodyStart, end: text.length },
    });
    text += '\n';
  };
  if (subject.summary.trim()) addSection('summary', SUMMARY_HEADING, () => (text += `${subject.summary.trim()}\n`));
  addSection('duties', DUTIES_HEADING, () => {
    for (const duty of subject.duties) {
      const start = text.length;
      const dutyText = duty.text.trim();
      text += `${dutyLine(duty)}\n`;
      duties.push({
        text: dutyText,
        category: 'essential',
        span: { start, end: start + dutyText.length },
        ...(duty.percentTime === null ? {} : { percentTime: duty.percentTime }),
      });
    }
  });
  const withoutFactors = {
    title: subject.title.trim() || null,
    code: null,
    grade: null,
    salaryRange: null,
    jurisdiction,
    flsa: null,
    effectiveDate: null,
    revisedDate: null,
    spans: { title: titleSpan },
    sections,
    duties,
    qualifications: {
      education: null,
      experienceYears: null,
      substitutions: [],
      licenses: [],
    },
    factorStatements: {},
    family: [],
    documentKind: 'class' as const,
    warnings: [],
    text,
  };
  return { ...withoutFactors, factors: readFactors(withoutFactors) };
}

/** An imported position description with the percent of time the analyst weighed each duty at (null keeps the document's). */
export function weighDuties<T extends Readonly<{ duties: readonly Duty[] }>>(
  spec: T,
  percentTime: readonly (number | null)[],
): T {
  if (!percentTime.some((share) => share !== null)) return spec;
  const duties = spec.duties.map((duty, index) => {
    const share = percentTime[index];
    return share === null || share === undefined ? duty : { ...duty, percentTime: share };
  });
  return { ...spec, duties };
}

/** The subject position as a spec, or null while the study has none (or its document is missing). */
export function subjectSpec(
  subject: StudySubject,
  librarySpec: (id: string) => ClassSpec | null,
  jurisdiction: string | null = null,
): ClassSpec | null {
  switch (subject.kind) {
    case 'none':
      return null;
    case 'typed':
      return typedPositionSpec(subject, jurisdiction);
    case 'library': {
      const spec = librarySpec(subject.specId);
      return spec ? weighDuties(spec, subject.percentTime) : null;
    }
  }
}

const TYPED_PREFIX = 'study:';

/** Where a typed subject's comparison rows point: it has no document in the library. */
export const typedSubjectId = (studyUid: string): string => `${TYPED_PREFIX}${studyUid}`;

/** The id stands for a position typed into a study, not for an imported file. */
export const isTypedSubjectId = (id: string): boolean => id.startsWith(TYPED_PREFIX);

/** The id the subject's comparisons use as their left side. */
export function subjectIdOf(subject: StudySubject, studyUid: string): string | null {
  return subject.kind === 'library' ? subject.specId : subject.kind === 'typed' ? typedSubjectId(studyUid) : null;
}
