import { useSyncExternalStore } from 'react';

/** One undoable step just taken: what it did, how to take it back, and what to say once taken back. */
export type UndoOffer = Readonly<{ message: string; undo: () => Promise<boolean>; undone: string }>;

let current: (UndoOffer & { key: number }) | null = null;
let nextKey = 1;
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());

/**
 * Offers "Undo" for a step whose view is left right after it (a class moved to the Trash sends the
 * analyst to the library), so the offer lives above the routed views; a newer offer replaces it.
 */
export function offerUndo(offer: UndoOffer): void {
  current = { ...offer, key: nextKey++ };
  notify();
}

export function dismissUndo(key: number): void {
  if (current?.key !== key) return;
  current = null;
  notify();
}

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useUndoOffer = (): (UndoOffer & { key: number }) | null => useSyncExternalStore(subscribe, () => current);
