import { Unzip, UnzipInflate } from 'fflate';
import { extractError } from '../errors';
import type { ExtractError } from '../types';

export type InflatedParts =
  | Readonly<{ ok: true; entries: readonly string[]; parts: Readonly<Record<string, Uint8Array>> }>
  | Readonly<{ ok: false; error: ExtractError }>;

/** The parts mammoth reads; images and other media are never inflated (the extractor skips images). */
const isTextPart = (name: string): boolean => /\.(xml|rels)$/i.test(name);

// Deflate expands at most about 1032:1, so one pushed chunk can produce at most ~4 MB before the cap is checked again.
const INPUT_CHUNK = 4 * 1024;
const MEGABYTE = 1024 * 1024;

function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

/**
 * Inflates the DOCX's XML parts, counting the bytes really produced: the sizes a zip declares can
 * lie (a 2 MB file declaring 4 KB entries can inflate to gigabytes), so the cap is checked on the
 * actual output, a small input chunk at a time, and inflating stops as soon as it is exceeded.
 */
export function inflateTextParts(bytes: Uint8Array, maxInflatedBytes: number): InflatedParts {
  const entries: string[] = [];
  const chunksByName = new Map<string, Uint8Array[]>();
  let inflated = 0;
  let failure: ExtractError | null = null;
  const unzip = new Unzip((file) => {
    entries.push(file.name);
    if (failure || !isTextPart(file.name)) return;
    const chunks: Uint8Array[] = [];
    chunksByName.set(file.name, chunks);
    file.ondata = (error, data, _final) => {
      if (failure) return;
      if (error) {
        failure = extractError('corrupt', error.message);
        return;
      }
      inflated += data.length;
      if (inflated > maxInflatedBytes) {
        failure = extractError(
          'zip_bomb',
          `its text parts inflate to more than ${Math.round(maxInflatedBytes / MEGABYTE)} MB, whatever its headers declare`,
        );
        chunks.length = 0;
        return;
      }
      chunks.push(data);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.length && !failure; offset += INPUT_CHUNK) {
      unzip.push(bytes.subarray(offset, offset + INPUT_CHUNK), offset + INPUT_CHUNK >= bytes.length);
    }
  } catch (error) {
    failure ??= extractError('corrupt', error instanceof Error ? error.message : 'unreadable zip');
  }
  if (failure) return { ok: false, error: failure };
  const parts: Record<string, Uint8Array> = {};
  for (const [name, chunks] of chunksByName) parts[name] = joinChunks(chunks);
  return { ok: true, entries, parts };
}
