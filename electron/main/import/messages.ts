import type { FoundFile } from './findFiles';

/** Worded like the extraction errors: what is wrong, then what to do. */
export const PROBLEM_MESSAGES: Readonly<Record<NonNullable<FoundFile['problem']>, string>> = {
  missing: 'the file or folder no longer exists: check that it was not moved or renamed, then import again',
  unsupported: 'unsupported file type: import TXT, Markdown, HTML, PDF or DOCX files',
};

export const WORKER_FAILURE_MESSAGE = 'the file could not be read because the reader stopped unexpectedly: re-save the file and import again';
