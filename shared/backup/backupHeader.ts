import { utf8Decode, utf8Encode } from './webApis';

/** First line of a Reclass backup file; the library export (dexie-export-import JSON) follows it. */
export type BackupHeader = Readonly<{
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** Rows per table, as exported. */
  tables: Readonly<Record<string, number>>;
  /** Length in bytes and SHA-256 (hex) of everything after the header line. */
  bytes: number;
  sha256: string;
}>;

export const BACKUP_FORMAT = 'reclass-backup';

export type BackupRejection = Readonly<{
  code: 'not_reclass' | 'foreign_json' | 'damaged_header' | 'newer_schema' | 'truncated' | 'checksum' | 'counts';
  message: string;
}>;

export type ParsedBackup = Readonly<{ header: BackupHeader; body: Uint8Array }>;

const NEWLINE = 0x0a;

export function encodeBackup(header: BackupHeader, body: Uint8Array): Uint8Array {
  const line = utf8Encode(`${JSON.stringify(header)}\n`);
  const file = new Uint8Array(line.length + body.length);
  file.set(line, 0);
  file.set(body, line.length);
  return file;
}

function isCounts(value: unknown): value is Record<string, number> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((count) => Number.isInteger(count) && (count as number) >= 0)
  );
}

function isHeader(value: unknown): value is BackupHeader {
  if (typeof value !== 'object' || value === null) return false;
  const header = value as Record<string, unknown>;
  return (
    header.format === BACKUP_FORMAT &&
    header.formatVersion === 1 &&
    Number.isFinite(header.schemaVersion) &&
    typeof header.appVersion === 'string' &&
    isCounts(header.tables) &&
    Number.isInteger(header.bytes) &&
    typeof header.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(header.sha256)
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Splits a backup file into its header and body, or says exactly why it is not a usable Reclass backup. */
export function parseBackup(file: Uint8Array): ParsedBackup | BackupRejection {
  const end = file.indexOf(NEWLINE);
  const firstLine = utf8Decode(end < 0 ? file.subarray(0, 4096) : file.subarray(0, end));
  const header = end < 0 ? undefined : parseJson(firstLine);
  if (isHeader(header)) return { header, body: file.subarray(end + 1) };
  if (firstLine.includes(`"format":"${BACKUP_FORMAT}"`)) {
    return {
      code: end < 0 ? 'truncated' : 'damaged_header',
      message:
        end < 0
          ? 'The backup file is cut off inside its header: it holds nothing that can be restored.'
          : 'The backup’s header line is damaged (the file was changed or corrupted), so its contents cannot be checked.',
    };
  }
  if (parseJson(utf8Decode(file)) !== undefined) {
    return {
      code: 'foreign_json',
      message: 'This file is JSON but not a Reclass backup (it may come from another program); nothing was restored.',
    };
  }
  return { code: 'not_reclass', message: 'This file is not a Reclass backup; nothing was restored.' };
}

/** Checks a parsed backup against this app's schema and against its own length and checksum. */
export function checkBackup(parsed: ParsedBackup, bodySha256: string, supportedSchema: number): BackupRejection | null {
  const { header, body } = parsed;
  if (header.schemaVersion > supportedSchema) {
    return {
      code: 'newer_schema',
      message: `This backup was made by Reclass ${header.appVersion} with library schema ${header.schemaVersion}; this app knows schema ${supportedSchema}. Install the newer version to restore it.`,
    };
  }
  if (body.length < header.bytes) {
    const percent = Math.floor((body.length / header.bytes) * 100);
    return {
      code: 'truncated',
      message: `The backup file is cut off: ${body.length} of ${header.bytes} bytes (${percent}%) are there. Use a complete copy.`,
    };
  }
  if (body.length > header.bytes || bodySha256 !== header.sha256) {
    return {
      code: 'checksum',
      message:
        'The backup is damaged: its SHA-256 checksum does not match its contents (the file was changed or corrupted).',
    };
  }
  return null;
}

/** Compares row counts table by table; the first difference as a rejection. */
export function compareCounts(
  expected: Readonly<Record<string, number>>,
  actual: Readonly<Record<string, number>>,
  stage: string,
): BackupRejection | null {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const name of names) {
    if ((expected[name] ?? 0) !== (actual[name] ?? 0)) {
      return {
        code: 'counts',
        message: `The backup lists ${expected[name] ?? 0} rows in “${name}” but ${stage} ${actual[name] ?? 0}; nothing was restored.`,
      };
    }
  }
  return null;
}

export function isRejection(value: ParsedBackup | BackupRejection): value is BackupRejection {
  return 'code' in value;
}
