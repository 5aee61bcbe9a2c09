// .doc is taken too: it cannot be read, but the analyst should hear why (save it as .docx) rather than see it ignored.
export const SUPPORTED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.pdf',
  '.docx',
  '.doc',
  '.htm',
  '.html',
]);

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'ehthumbs.db', 'icon\r']);

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export const isSupportedName = (name: string): boolean => SUPPORTED_EXTENSIONS.has(extensionOf(name));

/** Files no analyst means to import: dot files, OS litter and Office lock files (~$name.docx). */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILES.has(name.toLowerCase());
}

/** Folder imports take only files that look like documents: a folder also holds images, lock files, .DS_Store… */
export const isImportCandidate = (name: string): boolean => !isIgnoredName(name) && isSupportedName(name);
