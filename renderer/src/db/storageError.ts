export const STORAGE_FULL_MESSAGE = 'Storage is full: free disk space or delete old versions, then import again';

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // Dexie wraps the browser's DOMException and keeps it as `inner`.
  const inner = (error as Error & { inner?: unknown }).inner;
  return error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError');
}

/** The sentence the analyst reads when a write failed. */
export function describeStorageError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not save to the local database (${reason}): nothing was changed; try the import again`;
}
