import type { importInto } from 'dexie-export-import';

export type ExportStream = Exclude<Parameters<typeof importInto>[1], Blob>;
type ExportFile = ExportStream['result'];
export type ExportedTable = Readonly<{ name: string; schema: string; rowCount: number }>;
export type ParsedExport = Readonly<{
  formatName: unknown;
  databaseVersion: unknown;
  tables: readonly ExportedTable[];
  stream: ExportStream;
}>;

function isExportFile(value: unknown): value is ExportFile & { data: { tables: ExportedTable[]; data: unknown[] } } {
  if (typeof value !== 'object' || value === null) return false;
  const data = (value as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return false;
  const { tables, data: rows } = data as { tables?: unknown; data?: unknown };
  return (
    Array.isArray(rows) &&
    Array.isArray(tables) &&
    tables.every((table: unknown) => {
      const entry = table as Partial<ExportedTable> | null;
      return typeof entry?.name === 'string' && typeof entry.schema === 'string' && Number.isInteger(entry.rowCount);
    })
  );
}

/**
 * The library export (dexie-export-import's JSON) parsed in one native JSON.parse, handed to
 * importInto as an already complete stream. The body's SHA-256 is checked before this runs, so
 * there is no partial file to stream through the library's incremental parser, which took most
 * of a large restore's time.
 */
export function parseExport(body: Uint8Array): ParsedExport | null {
  let file: unknown;
  try {
    file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as unknown;
  } catch {
    return null;
  }
  if (!isExportFile(file)) return null;
  const stream: ExportStream = {
    result: file,
    pullAsync: () => Promise.resolve(file),
    pullSync: () => file,
    done: () => true,
    eof: () => true,
  };
  return { formatName: file.formatName, databaseVersion: file.data.databaseVersion, tables: file.data.tables, stream };
}
