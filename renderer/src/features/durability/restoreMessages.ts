import { db, restoreLibrary } from '../../db';

export type RestoreResult = Readonly<{ message: string; isError: boolean }>;

export const describeCounts = (counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');

/** Restores a backup file through the checked staging path and says what happened in one sentence. */
export async function restoreAndDescribe(file: Uint8Array): Promise<RestoreResult> {
  const outcome = await restoreLibrary(file, db);
  return outcome.kind === 'restored'
    ? {
        message: `Restored the backup of ${new Date(outcome.header.createdAt).toLocaleString()}: ${describeCounts(outcome.counts)}.`,
        isError: false,
      }
    : {
        message: outcome.message.startsWith('Nothing was restored')
          ? outcome.message
          : `Nothing was restored: ${outcome.message}`,
        isError: true,
      };
}
