import type { ClassSpec } from '../model';
import {
  annotationQuote,
  annotationText,
  buildCandidatesMatrix,
  type MatrixOptions,
  STATUS_LABELS,
  subjectIdOf,
  subjectSpec,
  type SpecDocument,
  type StudyMaterials,
} from '../study';
import { FACTOR_NAMES, formatPercent, levelText, provenanceRow, VERDICT_TEXT, type ProvenanceRow } from '../report';
import { buildCandidateSection, type CandidateSection } from './studyCandidateSection';

export type MaterialRow = ProvenanceRow;
export type StudyFootnote = Readonly<{
  number: number;
  place: string;
  text: string;
}>;
export type OverviewColumn = Readonly<{
  title: string;
  roles: string;
  positionInClass: string;
  classInPosition: string;
  verdict: string;
  unmatchedTime: string;
}>;

export type StudyReport = Readonly<{
  title: string;
  caseNumber: string;
  preparer: string;
  generatedOn: string;
  status: string;
  request: readonly (readonly [string, string])[];
  history: readonly Readonly<{ status: string; date: string; note: string }>[];
  materials: readonly MaterialRow[];
  subjectTitle: string;
  duties: readonly Readonly<{
    number: number;
    text: string;
    percentTime: string;
  }>[];
  totalTime: string | null;
  overview: Readonly<{
    columns: readonly OverviewColumn[];
    factorRows: readonly Readonly<{
      name: string;
      subject: string;
      cells: readonly string[];
    }>[];
    bestFit: string | null;
    weightedByTime: boolean;
  }>;
  candidates: readonly CandidateSection[];
  rationale: string;
  rationaleNotes: readonly number[];
  recommendation: readonly (readonly [string, string])[];
  footnotes: readonly StudyFootnote[];
}>;

export const NOT_CONSIDERED =
  'This allocation weighs the duties and responsibilities of the position as assigned. It does not consider the incumbent’s performance, length of service, or personal qualifications, nor workload volume.';

const dash = (value: string | null | undefined): string => value?.trim() || '—';

function materialRow(
  role: string,
  source: SpecDocument | null,
  spec: ClassSpec,
  noteNumbers: readonly number[],
): MaterialRow {
  return provenanceRow(role, spec, source, noteNumbers);
}

/**
 * The whole reclassification report of a study, in print order — request, materials, the
 * position's duties with time, each candidate compared, rationale, recommendation — with the
 * analyst's notes and the documents' annotations numbered as footnotes. Reads the study's
 * materials only, so the app and the CLI (from a bundle) print the same report.
 */
export function buildStudyReport(
  materials: StudyMaterials,
  generatedOn: string,
  options: Pick<MatrixOptions, 'activities'> = {},
): StudyReport {
  const { study } = materials;
  const documents = new Map(materials.specs.map((stored) => [stored.id, stored]));
  const specOf = (id: string): ClassSpec | null => documents.get(id)?.spec ?? null;
  const titleOf = (id: string | null): string => (id ? dash(specOf(id)?.title ?? documents.get(id)?.title) : '—');
  const footnotes: StudyFootnote[] = [];
  const note = (place: string, text: string): number =>
    footnotes.push({ number: footnotes.length + 1, place, text: text.trim() });

  const subject = subjectSpec(study.subject, specOf);
  const subjectId = subjectIdOf(study.subject, study.uid);
  const rolesOf = (id: string): string[] => [
    ...(id === study.currentClassId ? ['current class'] : []),
    ...(id === study.requestedClassId ? ['requested class'] : []),
    ...(id === study.decision.recommendedClassId ? ['recommended'] : []),
  ];

  const annotationRefs = (specId: string, title: string): number[] =>
    materials.annotations
      .filter((annotation) => annotation.specId === specId && annotationText(annotation).trim())
      .map((annotation) =>
        note(
          `${title}, on “${annotationQuote(annotation).trim()}”${annotation.status === 'orphaned' ? ' (passage no longer found in this version)' : ''}`,
          annotationText(annotation),
        ),
      );
  const materialRows: MaterialRow[] = [];
  if (subject) {
    const subjectDocument = study.subject.kind === 'library' ? (documents.get(study.subject.specId) ?? null) : null;
    materialRows.push(
      materialRow(
        'Position description',
        subjectDocument,
        subject,
        subjectDocument ? annotationRefs(subjectDocument.id, 'Position description') : [],
      ),
    );
  }
  for (const candidate of study.candidates) {
    const spec = specOf(candidate.specId);
    if (!spec) continue;
    const roles = rolesOf(candidate.specId);
    materialRows.push(
      materialRow(
        roles.length ? `Candidate (${roles.join(', ')})` : 'Candidate',
        documents.get(candidate.specId) ?? null,
        spec,
        annotationRefs(candidate.specId, dash(spec.title)),
      ),
    );
  }

  const comparisonOf = (specId: string) =>
    materials.comparisons.find((row) => row.rightId === specId && row.leftId === subjectId);
  const present = study.candidates.flatMap((candidate) => {
    const spec = specOf(candidate.specId);
    return spec
      ? [
          {
            specId: candidate.specId,
            spec,
            overrides: comparisonOf(candidate.specId)?.overrides ?? [],
            threshold: comparisonOf(candidate.specId)?.threshold,
          },
        ]
      : [];
  });
  const matrix = subject
    ? buildCandidatesMatrix(
        subject,
        present.map(({ threshold, ...rest }) => (threshold === undefined ? rest : { ...rest, threshold })),
        options,
      )
    : null;
  const candidates = (matrix?.columns ?? []).map((column) => {
    const spec = specOf(column.specId) as ClassSpec;
    const rowNotes = comparisonOf(column.specId)?.notes.filter((row) => row.text.trim()) ?? [];
    const used = new Set<string>();
    const section = buildCandidateSection(
      subject as ClassSpec,
      spec,
      column,
      rolesOf(column.specId),
      (rowKey, place) => {
        used.add(rowKey);
        return rowNotes.filter((row) => row.rowKey === rowKey).map((row) => note(place, row.text));
      },
    );
    for (const row of rowNotes.filter((candidate) => !used.has(candidate.rowKey)))
      note(`${section.title}: a row no longer in this comparison`, row.text);
    return section;
  });

  const rationaleNotes = study.notes.trim() ? [note('Analyst’s notes', study.notes)] : [];
  const decision = study.decision;
  const subjectTitle = dash(subject?.title ?? study.workingTitle);
  const times = subject?.duties.map((duty) => duty.percentTime) ?? [];
  return {
    title: study.name,
    caseNumber: dash(study.caseNumber),
    preparer: dash(study.preparer),
    generatedOn,
    status: STATUS_LABELS[study.status],
    request: [
      ['Case number', dash(study.caseNumber)],
      ['Requested by', dash(study.requester)],
      ['Position number', dash(study.positionNumber)],
      ['Working title', dash(study.workingTitle)],
      ['Department', dash(study.department)],
      ['Current class', titleOf(study.currentClassId)],
      ['Requested class', titleOf(study.requestedClassId)],
      ['Prepared by', dash(study.preparer)],
    ],
    history: study.history.map((change) => ({
      status: STATUS_LABELS[change.status],
      date: change.date,
      note: change.note,
    })),
    materials: materialRows,
    subjectTitle,
    duties: (subject?.duties ?? []).map((duty, index) => ({
      number: index + 1,
      text: duty.text,
      percentTime: duty.percentTime === undefined ? '' : `${duty.percentTime}%`,
    })),
    totalTime: times.some((share) => share !== undefined)
      ? `${times.reduce<number>((sum, share) => sum + (share ?? 0), 0)}%`
      : null,
    overview: {
      columns: (matrix?.columns ?? []).map((column) => ({
        title: dash(column.title),
        roles: rolesOf(column.specId).join(', '),
        positionInClass: formatPercent(column.positionInClass),
        classInPosition: formatPercent(column.classInPosition),
        verdict: VERDICT_TEXT[column.verdict],
        unmatchedTime:
          column.unmatchedTime === null ? `${column.unmatchedDuties.length} duties` : `${column.unmatchedTime}%`,
      })),
      factorRows: (matrix?.factorKeys ?? []).map((key) => {
        const own = matrix?.subjectFactors[key];
        return {
          name: FACTOR_NAMES[key],
          subject: own ? levelText(own.level, own.scaleSize) : 'not stated',
          cells: (matrix?.columns ?? []).map((column) => {
            const cell = column.factors[key];
            return cell?.level === null || cell?.level === undefined
              ? 'not stated'
              : `${cell.level}${cell.delta === null || cell.delta === 0 ? '' : cell.delta > 0 ? ` (+${cell.delta})` : ` (${cell.delta})`}`;
          }),
        };
      }),
      bestFit: matrix?.bestFitId ? titleOf(matrix.bestFitId) : null,
      weightedByTime: matrix?.weightedByTime ?? false,
    },
    candidates,
    rationale: decision.rationale.trim(),
    rationaleNotes,
    recommendation: [
      ['Recommended class', titleOf(decision.recommendedClassId)],
      ['Grade', dash(decision.grade)],
      ['FLSA status', decision.flsa === 'exempt' ? 'Exempt' : decision.flsa === 'non-exempt' ? 'Non-exempt' : '—'],
      ['Effective date', dash(decision.effectiveDate)],
      ['Confidence', decision.confidence ? decision.confidence[0]?.toUpperCase() + decision.confidence.slice(1) : '—'],
      ['Status', STATUS_LABELS[study.status]],
    ],
    footnotes,
  };
}
