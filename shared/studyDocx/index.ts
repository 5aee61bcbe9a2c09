// Apart from shared/studyReport so the app loads the Word writer only when the analyst asks for a .docx.
export { buildStudyDocx, renderStudyDocx } from './studyDocx';
