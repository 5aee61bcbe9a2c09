// .doc is taken too: it cannot be read, but the analyst should hear why (save it as .docx) rather than see it ignored.
const SUPPORTED_EXTENSION = /\.(txt|text|md|markdown|pdf|docx?|html?)$/i;

/** Folder imports take only files that look like documents: a folder also holds images, lock files, .DS_Store… */
export function isImportCandidate(fileName: string): boolean {
  return !fileName.startsWith('.') && !fileName.startsWith('~$') && SUPPORTED_EXTENSION.test(fileName);
}
