import { createSpecIndex, fromSnapshot, toSnapshot, type SpecIndex } from '../../../../shared/search';
import { loadSearchSnapshot, saveSearchSnapshot } from '../../db';

// Saving copies the whole index: wait until a burst of imports or removals has settled.
const SAVE_DELAY_MS = 1500;

/**
 * The library's search index for the whole session: read once from the saved copy (so a large
 * library is searchable right after start, and on every return to the library), kept up to date
 * by the library view, and saved again a moment after it last changed.
 */
let loading: Promise<SpecIndex> | null = null;
let saveTimer: ReturnType<typeof setTimeout> | null = null;

export function librarySearchIndex(): Promise<SpecIndex> {
  loading ??= loadSearchSnapshot().then((snapshot) => (snapshot && fromSnapshot(snapshot)) ?? createSpecIndex());
  return loading;
}

/** Saves the index after SAVE_DELAY_MS without further changes; `onSaved` hears whether that worked. */
export function saveLibrarySearchIndexSoon(index: SpecIndex, onSaved: (error: string | null) => void): void {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveTimer = null;
    saveSearchSnapshot(toSnapshot(index), Date.now()).then(
      () => onSaved(null),
      (error: unknown) => onSaved(error instanceof Error ? error.message : String(error)),
    );
  }, SAVE_DELAY_MS);
}

/** Forgets the session's index (tests start each from what is stored). */
export function resetLibrarySearchIndex(): void {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  loading = null;
}
