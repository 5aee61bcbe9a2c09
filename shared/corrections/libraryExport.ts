import { z } from 'zod';
import { identifyClass } from '../library/classIdentity';
import type { ClassSpec } from '../model';
import { correctionsFor } from './applyCorrections';
import { correctionSchema } from './correctionSchema';
import type { Correction } from './types';

/** A correction as the library stores it: with the class it belongs to. */
export type StoredCorrection = Correction & Readonly<{ classKey: string }>;

/** What a library export tells about corrections: the corrections and the stored versions they refer to. */
export type LibraryCorrections = Readonly<{
  corrections: readonly StoredCorrection[];
  versions: ReadonlyMap<string, Readonly<{ classKey: string; version: number }>>;
}>;

const storedCorrection = z.intersection(correctionSchema, z.object({ classKey: z.string() }));
const specRow = z.object({
  id: z.string(),
  classKey: z.string(),
  version: z.number(),
});
// The file the app's library backup writes (dexie-export-import's format); other tables are not read here.
const exportFile = z.object({
  formatName: z.literal('dexie'),
  data: z.object({
    data: z.array(z.object({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

function rowsOf(tables: readonly { tableName: string; rows: unknown[] }[], name: string): unknown[] {
  return tables.filter((table) => table.tableName === name).flatMap((table) => table.rows);
}

/** Reads a library export; throws a sentence naming what is wrong when it is not one. */
export function readLibraryCorrections(json: unknown): LibraryCorrections {
  const file = exportFile.safeParse(json);
  if (!file.success) throw new Error('not a Reclass library export (expected a library backup or its dexie export)');
  const tables = file.data.data.data;
  const corrections = rowsOf(tables, 'corrections').map((row, index) => {
    const parsed = storedCorrection.safeParse(row);
    if (!parsed.success)
      throw new Error(
        `correction ${index + 1} in the library export is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
    return parsed.data;
  });
  const versions = new Map<string, { classKey: string; version: number }>();
  for (const row of rowsOf(tables, 'specs')) {
    const parsed = specRow.safeParse(row);
    if (parsed.success)
      versions.set(parsed.data.id, {
        classKey: parsed.data.classKey,
        version: parsed.data.version,
      });
  }
  return { corrections, versions };
}

/**
 * The corrections that apply to a file read outside the app: a file the library holds (same
 * bytes) gets those of its stored version; any other file is taken as a newer version of the
 * class it identifies as, so every correction of that class is tried on it.
 */
export function libraryCorrectionsFor(
  library: LibraryCorrections,
  file: Readonly<{ hash: string; fileName: string; spec: ClassSpec }>,
): readonly Correction[] {
  const stored = library.versions.get(file.hash);
  const classKey = stored?.classKey ?? identifyClass(file.spec, file.fileName).classKey;
  const ofClass = library.corrections.filter(
    (correction) => correction.classKey === classKey || correction.origin.specId === file.hash,
  );
  return correctionsFor(ofClass, {
    specId: file.hash,
    version: stored?.version ?? Number.POSITIVE_INFINITY,
  });
}
