export const STORAGE_FULL_MESSAGE = 'Storage is full: free disk space or delete old versions, then import again';

/** Thrown for every write while the library is open read-only (written by a newer app version). */
export class ReadOnlyLibraryError extends Error {
  override readonly name = 'ReadOnlyLibraryError';
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the browser's DOMException and keeps it as `inner`.
  const inner = (error as Error & { inner?: unknown }).inner;
  return error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}

/** The "storage full" sentence for a failed write other than an import: what happened and what to do. */
export function storageFullMessage(retryHint: string): string {
  return `Storage is full: nothing already saved was lost. Free disk space, empty the Trash or delete old versions, then ${retryHint}`;
}

/** The sentence the analyst reads when a write failed; `retryHint` says what to do again afterwards. */
export function describeStorageError(error: unknown, retryHint = 'try the import again'): string {
  if (error instanceof ReadOnlyLibraryError) return error.message;
  if (isQuotaError(error))
    return retryHint === 'try the import again' ? STORAGE_FULL_MESSAGE : storageFullMessage(retryHint);
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not save to the local database (${reason}): nothing was changed; ${retryHint}`;
}
