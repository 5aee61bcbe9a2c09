import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { specFromText } from '../../../../shared/import';
import {
  addCandidates,
  changeStatus,
  createStudy,
  setClassOfRecord,
  typedSubjectId,
  type SpecDocument,
  type Study,
  type StudyComparisonRecord,
  type StudyMaterials,
} from '../../../../shared/study';

export const readSeed = (name: string) => specFromText(readFileSync(`seeds/${name}`, 'utf8'));
export const REPRESENTATIVE_FILE = '002_82adbe1bc5983dff.txt';
export const SUPERVISOR_FILE = '001_9c6110c3b2aa3f37.txt';
export const SECTION_CHIEF_FILE = '003_fc5f7224926b921b.txt';

/** A Representative II whose position description says half the time goes to supervising. */
export const SUPERVISING_POSITION: Extract<Study['subject'], { kind: 'typed' }> = {
  kind: 'typed',
  title: 'Customer Service Representative II (position 40117)',
  summary: 'Supervises a unit of four customer service representatives and handles escalated customer problems.',
  duties: [
    {
      text: 'Supervises, coordinates, trains and evaluates the work assignments of subordinate employees.',
      percentTime: 30,
    },
    {
      text: 'Plans, organizes and schedules staff to meet production requirements.',
      percentTime: 20,
    },
    {
      text: 'Researches, analyzes, and resolves customer problems and inquiries by phone, email and in person.',
      percentTime: 35,
    },
    {
      text: 'Prepares documentation to adjust customer accounts while maintaining security and confidentiality.',
      percentTime: 15,
    },
  ],
};

export function decidedStudy(now = Date.UTC(2026, 10, 3)): Study {
  let study = createStudy({
    uid: 'study-0001-test',
    name: 'Reclassification of position 40117',
    now,
    preparer: 'A. Analyst',
  });
  study = {
    ...study,
    caseNumber: 'RC-2026-014',
    requester: 'J. Employee',
    positionNumber: '40117',
    workingTitle: 'Customer Service Lead',
    department: 'Houston Public Works',
  };
  study = { ...study, subject: SUPERVISING_POSITION };
  study = setClassOfRecord(study, 'current', 'rep');
  study = setClassOfRecord(study, 'requested', 'sup');
  study = addCandidates(study, ['chief']);
  study = changeStatus(study, 'under_review', now + 86_400_000);
  study = {
    ...study,
    notes: 'Desk audit on 2026-11-02 confirmed the unit of four.',
    decision: {
      recommendedClassId: 'sup',
      grade: '18',
      flsa: 'non-exempt',
      effectiveDate: '2026-12-01',
      rationale: 'Half the time goes to supervising a unit.',
      confidence: 'high',
    },
  };
  return changeStatus(study, 'decided', now + 2 * 86_400_000, 'Memo sent');
}

/** One seed file as the library stores it (id = SHA-256 of its bytes). */
export function seedDocument(file: string, version: number): SpecDocument {
  const bytes = readFileSync(`seeds/${file}`);
  const spec = specFromText(bytes.toString('utf8'));
  return {
    id: createHash('sha256').update(bytes).digest('hex'),
    classKey: `${spec.jurisdiction ?? ''}|code:${spec.code ?? ''}`.toLowerCase(),
    version,
    sourceName: file,
    format: 'txt',
    size: bytes.length,
    importedAt: 1_700_000_000_000 + version,
    employer: spec.jurisdiction ?? '',
    title: spec.title ?? '',
    code: spec.code ?? '',
    spec,
  };
}

/** The seeds as the library stores them (id = SHA-256 of the file), with the decided study and its comparisons. */
export function seedMaterials(): StudyMaterials {
  const document = seedDocument;
  const rep = document(REPRESENTATIVE_FILE, 1);
  const sup = document(SUPERVISOR_FILE, 2);
  const chief = document(SECTION_CHIEF_FILE, 1);
  const rename = (id: string): string => ({ rep: rep.id, sup: sup.id, chief: chief.id })[id] ?? id;
  const base = decidedStudy();
  const study: Study = {
    ...base,
    currentClassId: rep.id,
    requestedClassId: sup.id,
    candidates: base.candidates.map((candidate, index) => ({
      specId: rename(candidate.specId),
      comparisonId: index + 1,
    })),
    decision: { ...base.decision, recommendedClassId: sup.id },
  };
  const comparison = (id: number, specId: string, notes: StudyComparisonRecord['notes']): StudyComparisonRecord => ({
    id,
    name: `Position vs ${specId.slice(0, 6)}`,
    leftId: typedSubjectId(study.uid),
    rightId: specId,
    threshold: 0.7,
    algoVersion: 2,
    overrides: [],
    notes,
    studyUid: study.uid,
    createdAt: 1,
    updatedAt: 2,
  });
  return {
    study,
    specs: [rep, sup, chief],
    comparisons: [
      comparison(1, rep.id, [
        {
          rowKey: 'factor:supervision_exercised',
          text: 'The class allows a lead role only.',
        },
      ]),
      comparison(2, sup.id, []),
      comparison(3, chief.id, []),
    ],
    annotations: [
      {
        id: 1,
        specId: sup.id,
        classKey: sup.classKey,
        status: 'anchored',
        target: {
          quote: { exact: 'Supervises, coordinates, trains', prefix: '', suffix: ' and evaluates' },
          position: { start: 0, end: 31 },
          textHash: 'fixture',
        },
        madeOnVersion: 2,
        color: 'yellow',
        note: 'Matches the unit of four in the desk audit.',
        tags: [],
        createdAt: 3,
        updatedAt: 3,
      } as StudyMaterials['annotations'][number],
    ],
  };
}
