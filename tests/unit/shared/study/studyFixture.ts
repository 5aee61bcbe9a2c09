import { readFileSync } from 'node:fs';
import { parseSpec } from '../../../../shared/spec';
import { addCandidates, changeStatus, createStudy, setClassOfRecord, type Study } from '../../../../shared/study';

export const readSeed = (name: string) => parseSpec(readFileSync(`seeds/${name}`, 'utf8'));
export const REPRESENTATIVE_FILE = '002_82adbe1bc5983dff.txt';
export const SUPERVISOR_FILE = '001_9c6110c3b2aa3f37.txt';
export const SECTION_CHIEF_FILE = '003_fc5f7224926b921b.txt';

/** A Representative II whose position description says half the time goes to supervising. */
export const SUPERVISING_POSITION: Extract<Study['subject'], { kind: 'typed' }> = {
  kind: 'typed',
  title: 'Customer Service Representative II (position 40117)',
  summary: 'Supervises a unit of four customer service representatives and handles escalated customer problems.',
  duties: [
    { text: 'Supervises, coordinates, trains and evaluates the work assignments of subordinate employees.', percentTime: 30 },
    { text: 'Plans, organizes and schedules staff to meet production requirements.', percentTime: 20 },
    { text: 'Researches, analyzes, and resolves customer problems and inquiries by phone, email and in person.', percentTime: 35 },
    { text: 'Prepares documentation to adjust customer accounts while maintaining security and confidentiality.', percentTime: 15 },
  ],
};

export function decidedStudy(now = Date.UTC(2026, 10, 3)): Study {
  let study = createStudy({ uid: 'study-0001-test', name: 'Reclassification of position 40117', now, preparer: 'A. Analyst' });
  study = { ...study, caseNumber: 'RC-2026-014', requester: 'J. Employee', positionNumber: '40117', workingTitle: 'Customer Service Lead', department: 'Houston Public Works' };
  study = { ...study, subject: SUPERVISING_POSITION };
  study = setClassOfRecord(study, 'current', 'rep');
  study = setClassOfRecord(study, 'requested', 'sup');
  study = addCandidates(study, ['chief']);
  study = changeStatus(study, 'under_review', now + 86_400_000);
  study = {
    ...study,
    notes: 'Desk audit on 2026-11-02 confirmed the unit of four.',
    decision: { recommendedClassId: 'sup', grade: '18', flsa: 'non-exempt', effectiveDate: '2026-12-01', rationale: 'Half the time goes to supervising a unit.', confidence: 'high' },
  };
  return changeStatus(study, 'decided', now + 2 * 86_400_000, 'Memo sent');
}
