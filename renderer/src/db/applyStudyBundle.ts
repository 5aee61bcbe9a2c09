import { annotationQuote, annotationText, subjectIdOf, type StudyMaterials } from '../../../shared/study';
import { gradeToNumber } from '../../../shared/library/classIdentity';
import { db as appDb } from './db';
import type { AppDb } from './schema';
import { describeStorageError } from './storageError';
import { summarizeSpec } from './summarizeSpec';
import type { AnnotationRow, ComparisonRow, StoredSpec } from './types';

/** What importing a bundle would do, for the analyst to confirm. */
export type BundlePlan = Readonly<{
  /** Local id of a study with the same uid: the analyst chooses a copy or an update. */
  existingStudyId: number | null;
  newSpecs: number;
  presentSpecs: number;
}>;

export type BundleMode = 'new' | 'copy' | 'update';

export type BundleApplied =
  Readonly<{ ok: true; studyId: number; addedSpecs: number }> | Readonly<{ ok: false; message: string }>;

export async function planStudyImport(materials: StudyMaterials, database: AppDb = appDb): Promise<BundlePlan> {
  const existing = await database.studies.where('uid').equals(materials.study.uid).first();
  const present = (await database.specs.bulkGet(materials.specs.map((spec) => spec.id))).filter(Boolean).length;
  return {
    existingStudyId: existing?.id ?? null,
    newSpecs: materials.specs.length - present,
    presentSpecs: present,
  };
}

async function addMissingSpecs(materials: StudyMaterials, database: AppDb): Promise<number> {
  let added = 0;
  for (const document of materials.specs) {
    if (await database.specs.get(document.id)) continue;
    const versions = await database.summaries.where('classKey').equals(document.classKey).toArray();
    // A class the library has in a newer version keeps that one as latest; the study's version sits beside it.
    const isLatest = versions.every((row) => row.version < document.version) ? 1 : 0;
    if (isLatest) {
      const previous = versions.filter((row) => row.isLatest === 1).map((row) => row.id);
      await database.summaries.where('id').anyOf(previous).modify({ isLatest: 0 });
    }
    const row: StoredSpec = {
      id: document.id,
      classKey: document.classKey,
      version: document.version,
      // The parser that read it elsewhere is unknown here: the re-parse at next start reads it again from its text.
      parserVersion: 0,
      sourceName: document.sourceName,
      format: document.format as StoredSpec['format'],
      size: document.size,
      importedAt: document.importedAt,
      employer: document.employer,
      title: document.title,
      code: document.code,
      gradeNumber: gradeToNumber(document.spec.grade),
      warningCount: document.spec.warnings.length,
      spec: document.spec,
    };
    await database.specs.add(row);
    await database.summaries.add(summarizeSpec(row, isLatest));
    added += 1;
  }
  return added;
}

async function addMissingAnnotations(materials: StudyMaterials, database: AppDb): Promise<void> {
  for (const annotation of materials.annotations) {
    const { id: _id, ...row } = annotation as StudyMaterials['annotations'][number] & { id?: number };
    const same = await database.annotations
      .where('specId')
      .equals(row.specId)
      .filter(
        (stored) =>
          stored.target.quote.exact === annotationQuote(row) &&
          stored.note === annotationText(row) &&
          stored.createdAt === row.createdAt,
      )
      .count();
    if (same === 0) await database.annotations.add(row as unknown as AnnotationRow);
  }
}

/**
 * Imports a decoded bundle in one transaction: documents the library lacks (none duplicated),
 * the annotations on them, the study's comparisons and the study itself — as new, as a copy
 * (new identity, "(copy)" in its name) or as an update of the study with the same identity.
 * Any failure leaves the library as it was.
 */
export async function applyStudyBundle(
  materials: StudyMaterials,
  mode: BundleMode,
  now: number,
  newUid: () => string,
  database: AppDb = appDb,
): Promise<BundleApplied> {
  try {
    return await database.transaction(
      'rw',
      [database.specs, database.summaries, database.annotations, database.comparisons, database.studies],
      async (): Promise<BundleApplied> => {
        const existing = await database.studies.where('uid').equals(materials.study.uid).first();
        if (existing && mode === 'new')
          return {
            ok: false,
            message: 'A study with the same identity is already here: import it as a copy or as an update.',
          };
        if (!existing && mode === 'update')
          return {
            ok: false,
            message: 'There is no study here to update; import it as new.',
          };
        const uid = mode === 'copy' ? newUid() : materials.study.uid;
        const addedSpecs = await addMissingSpecs(materials, database);
        await addMissingAnnotations(materials, database);
        if (mode === 'update' && existing) {
          const stale = existing.candidates.flatMap((candidate) =>
            candidate.comparisonId === null ? [] : [candidate.comparisonId],
          );
          await database.comparisons.bulkDelete(stale);
        }
        const { id: _bundledId, ...bundled } = materials.study;
        const oldSubjectId = subjectIdOf(bundled.subject, bundled.uid);
        const newSubjectId = subjectIdOf(bundled.subject, uid);
        const remapped = new Map<number, number>();
        for (const comparison of materials.comparisons) {
          const { id: oldId, ...row } = comparison;
          const leftId = row.leftId === oldSubjectId && newSubjectId ? newSubjectId : row.leftId;
          const newId = (await database.comparisons.add({
            ...(row as unknown as ComparisonRow),
            leftId,
            studyUid: uid,
          })) as number;
          if (oldId !== undefined) remapped.set(oldId, newId);
        }
        const candidates = bundled.candidates.map((candidate) => ({
          ...candidate,
          comparisonId: candidate.comparisonId === null ? null : (remapped.get(candidate.comparisonId) ?? null),
        }));
        const study = {
          ...bundled,
          uid,
          candidates,
          ...(mode === 'copy' ? { name: `${bundled.name} (copy)`, updatedAt: now } : {}),
        };
        const studyId =
          mode === 'update' && existing?.id !== undefined
            ? (await database.studies.put({ ...study, id: existing.id }), existing.id)
            : ((await database.studies.add(study)) as number);
        return { ok: true, studyId, addedSpecs };
      },
    );
  } catch (error) {
    return { ok: false, message: describeStorageError(error) };
  }
}
