import type { SaveFileKind } from '../../shared/ipc/contract';

export type SaveFilter = Readonly<{ name: string; extensions: readonly string[] }>;

export const SAVE_FILTERS: Readonly<Record<SaveFileKind, SaveFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  html: { name: 'Web page', extensions: ['html', 'htm'] },
  backup: { name: 'Reclass library backup', extensions: ['reclass-backup'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  study: { name: 'Reclass study bundle', extensions: ['reclass-study'] },
};

const MAX_BASE_NAME = 120;
// Characters no common file system accepts in a name, plus control characters.
const FORBIDDEN_NAME_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Turns the renderer's suggested name into a bare file name with the kind's extension (never a path). */
export function toSafeFileName(suggested: string, kind: SaveFileKind): string {
  const filter = SAVE_FILTERS[kind];
  const lastSegment = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.replace(FORBIDDEN_NAME_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const hasExtension = filter.extensions.includes(extensionOf(cleaned));
  const base = (hasExtension ? cleaned.slice(0, cleaned.lastIndexOf('.')) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '');
  const shortBase = base.slice(0, MAX_BASE_NAME).trim();
  const safeBase = shortBase === '' || WINDOWS_RESERVED_NAME.test(shortBase) ? `reclass-${kind}` : shortBase;
  return `${safeBase}.${filter.extensions[0] ?? kind}`;
}

/** Adds the kind's extension when the analyst typed a name without one in the save dialog. */
export function ensureExtension(chosenPath: string, kind: SaveFileKind): string {
  const filter = SAVE_FILTERS[kind];
  return filter.extensions.includes(extensionOf(chosenPath.split(/[/\\]/).pop() ?? ''))
    ? chosenPath
    : `${chosenPath}.${filter.extensions[0] ?? kind}`;
}
