import { collapseSpace } from './lines';
import { splitSentences } from '../text';
import type { FactorKey, FactorStatement, Qualifications, Section, SectionKind, Span } from '../model';

type Statements = Partial<Record<FactorKey, FactorStatement>>;

const SECTION_FACTORS: readonly (readonly [SectionKind, FactorKey])[] = [
  ['complexity', 'complexity'],
  ['impact', 'impact'],
  ['supervision_received', 'supervision_received'],
  ['supervision_exercised', 'supervision_exercised'],
  ['internal_contacts', 'internal_contacts'],
  ['external_contacts', 'external_contacts'],
  ['physical_effort', 'physical_effort'],
  ['work_environment', 'work_environment'],
  ['physical_skill', 'physical_skill'],
  ['education', 'education'],
  ['experience', 'experience_years'],
];
// A "physical demands" section is often only the accommodation notice; it states effort only when it names some.
const PHYSICAL_CUE =
  /\b(lift\w*|pounds|lbs|standing|walking|bending|stooping|carry\w*|climb\w*|kneel\w*|sedentary|exert\w*)\b/i;
const UNDER_SUPERVISION = /\b(?:under|receives|works under)\s+(?:[a-z-]+\s+){0,3}?(?:supervision|direction)\b/i;

function statement(text: string, key: FactorKey, span: Span): FactorStatement | null {
  const value = collapseSpace(text.slice(span.start, span.end));
  return value.length === 0 ? null : { key, text: value, span };
}

function firstBody(sections: readonly Section[], kind: SectionKind): Span | null {
  const section = sections.find(
    (candidate) => candidate.kind === kind && candidate.bodySpan.end > candidate.bodySpan.start,
  );
  return section?.bodySpan ?? null;
}

// "Work is typically performed under ... supervision" inside an impact statement, to the end of that statement.
function supervisionInImpact(text: string, impact: Span | null): Span | null {
  if (impact === null) return null;
  const sentence = splitSentences(text, impact).find((span) => /supervis/i.test(text.slice(span.start, span.end)));
  return sentence ? { start: sentence.start, end: impact.end } : null;
}

// "Under general supervision, ..." in the class summary.
function supervisionInSummary(text: string, sections: readonly Section[]): Span | null {
  for (const section of sections) {
    if (section.kind !== 'summary' && section.kind !== 'distinguishing') continue;
    const body = text.slice(section.bodySpan.start, section.bodySpan.end);
    const match = UNDER_SUPERVISION.exec(body);
    if (match)
      return {
        start: section.bodySpan.start + match.index,
        end: section.bodySpan.start + match.index + match[0].length,
      };
  }
  return null;
}

// The printed text of each factor: its section, or the sentences that state it inside another section.
export function readFactorStatements(
  text: string,
  sections: readonly Section[],
  qualifications: Qualifications,
  gradeSpan: Span | undefined,
): Statements {
  const statements: Statements = {};
  const put = (key: FactorKey, span: Span | null | undefined): void => {
    if (statements[key] !== undefined || span === null || span === undefined) return;
    const found = statement(text, key, span);
    if (found) statements[key] = found;
  };
  for (const [kind, key] of SECTION_FACTORS) put(key, firstBody(sections, kind));
  const contacts = firstBody(sections, 'contacts');
  if (statements.internal_contacts === undefined && statements.external_contacts === undefined) {
    put('internal_contacts', contacts);
    put('external_contacts', contacts);
  }
  const demands = firstBody(sections, 'physical_demands');
  if (demands !== null && PHYSICAL_CUE.test(text.slice(demands.start, demands.end))) put('physical_effort', demands);
  put(
    'supervision_received',
    supervisionInImpact(text, firstBody(sections, 'impact')) ?? supervisionInSummary(text, sections),
  );
  const knowledge = firstBody(sections, 'knowledge');
  const educationSpan = qualifications.educationSpan;
  const isEducationInKnowledge =
    knowledge !== null &&
    educationSpan !== undefined &&
    educationSpan.start >= knowledge.start &&
    educationSpan.end <= knowledge.end;
  put('education', isEducationInKnowledge ? knowledge : educationSpan);
  put('experience_years', qualifications.experienceSpan);
  put('pay_grade', gradeSpan);
  return statements;
}
