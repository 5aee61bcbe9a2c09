export {
  buildStudyReport,
  NOT_CONSIDERED,
  type MaterialRow,
  type OverviewColumn,
  type StudyFootnote,
  type StudyReport,
} from './studyReport';
export {
  buildCandidateSection,
  pairReason,
  type CandidateSection,
  type NoteRefs,
  type StudyConceptRow,
  type StudyDutyPairRow,
  type StudyFactorRow,
} from './studyCandidateSection';
export { renderStudyHtml, studyPageCss } from './renderStudyHtml';
export { overviewRows, type OverviewRow } from './overviewRows';
