import { unzipSync, type UnzipFileInfo } from 'fflate';
import { extractError } from '../errors';
import type { ExtractError } from '../types';

/**
 * Limits on a DOCX: what it may declare (checked before anything is inflated) and, since
 * declarations can lie, how many bytes its text parts may really inflate to.
 */
export type ZipLimits = Readonly<{
  maxTotalBytes: number;
  maxEntries: number;
  maxRatio: number;
  ratioCheckAboveBytes: number;
  maxInflatedBytes: number;
}>;

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxRatio: 100,
  ratioCheckAboveBytes: 1024 * 1024,
  maxInflatedBytes: 32 * 1024 * 1024,
};

export type ZipInspection =
  Readonly<{ ok: true; entries: readonly string[] }> | Readonly<{ ok: false; error: ExtractError }>;

const MEGABYTE = 1024 * 1024;

function bombReason(info: UnzipFileInfo, totalBytes: number, entryCount: number, limits: ZipLimits): string | null {
  if (entryCount > limits.maxEntries) return `more than ${limits.maxEntries} entries`;
  if (totalBytes > limits.maxTotalBytes)
    return `declares more than ${Math.round(limits.maxTotalBytes / MEGABYTE)} MB uncompressed`;
  const ratio = info.originalSize / Math.max(1, info.size);
  if (info.originalSize > limits.ratioCheckAboveBytes && ratio > limits.maxRatio) {
    return `${info.name} expands ${Math.round(ratio)}:1`;
  }
  return null;
}

/**
 * Reads the zip's central directory only (the filter sees each entry's declared sizes and
 * inflates nothing), so an honest bomb is refused in milliseconds; a lying one is caught by
 * `inflateTextParts`, which counts what is really inflated.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipInspection {
  const entries: string[] = [];
  let totalBytes = 0;
  let reason: string | null = null;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (reason) return false;
        entries.push(info.name);
        totalBytes += info.originalSize;
        reason = bombReason(info, totalBytes, entries.length, limits);
        return false;
      },
    });
  } catch (error) {
    return { ok: false, error: extractError('corrupt', error instanceof Error ? error.message : 'unreadable zip') };
  }
  if (reason) return { ok: false, error: extractError('zip_bomb', reason) };
  return { ok: true, entries };
}
