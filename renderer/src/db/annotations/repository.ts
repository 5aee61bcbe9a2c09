import { createTarget, trimRange } from '../../../../shared/anchoring';
import { db } from '../db';
import type { AppDb } from '../schema';
import type { AnnotationColor, AnnotationRow, StoredSpec } from '../types';

export type AnnotatedSpec = Pick<StoredSpec, 'id' | 'classKey' | 'version' | 'spec'>;
export type AnnotationContent = Readonly<{ color: AnnotationColor; note: string; tags: readonly string[] }>;

/** Tags as typed ("union, disputed  , Union") → trimmed, without empties or repeats (case-insensitive). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const tag of tags.map((value) => value.trim().replace(/\s+/gu, ' ')).filter(Boolean)) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  return result;
}

/** Annotates [start, end) of the spec's normalized text; throws when the selection holds no text. */
export async function createAnnotation(
  spec: AnnotatedSpec,
  start: number,
  end: number,
  content: AnnotationContent,
  now: number,
  database: AppDb = db,
): Promise<number> {
  const range = trimRange(spec.spec.text, start, end);
  const target = createTarget(spec.spec.text, range.start, range.end);
  if (!target) throw new Error('The selection holds no text to annotate.');
  const row: AnnotationRow = {
    classKey: spec.classKey,
    specId: spec.id,
    status: 'anchored',
    target,
    madeOnVersion: spec.version,
    color: content.color,
    note: content.note.trim(),
    tags: cleanTags(content.tags),
    createdAt: now,
    updatedAt: now,
  };
  const id = await database.annotations.add(row);
  if (id === undefined) throw new Error('The annotation was not saved.');
  return id;
}

export async function updateAnnotation(
  id: number,
  content: AnnotationContent,
  now: number,
  database: AppDb = db,
): Promise<void> {
  const changed = await database.annotations.update(id, {
    color: content.color,
    note: content.note.trim(),
    tags: cleanTags(content.tags),
    updatedAt: now,
  });
  if (changed === 0) throw new Error('The annotation no longer exists.');
}

/** Deletes one annotation and returns it, so the caller can offer undo. */
export async function deleteAnnotation(id: number, database: AppDb = db): Promise<AnnotationRow> {
  return database.transaction('rw', database.annotations, async () => {
    const row = await database.annotations.get(id);
    if (!row) throw new Error('The annotation no longer exists.');
    await database.annotations.delete(id);
    return row;
  });
}

/** Undo of a delete: the same row back, same id. */
export async function restoreAnnotation(row: AnnotationRow, database: AppDb = db): Promise<void> {
  await database.annotations.put(row);
}

/** Attaches an orphan (or any annotation) to newly selected text of a spec of its class. */
export async function reattachAnnotation(
  id: number,
  spec: AnnotatedSpec,
  start: number,
  end: number,
  now: number,
  database: AppDb = db,
): Promise<void> {
  const range = trimRange(spec.spec.text, start, end);
  const target = createTarget(spec.spec.text, range.start, range.end);
  if (!target) throw new Error('The selection holds no text to attach the note to.');
  await database.transaction('rw', database.annotations, async () => {
    const row = await database.annotations.get(id);
    if (!row) throw new Error('The annotation no longer exists.');
    if (row.classKey !== spec.classKey) throw new Error('An annotation can only be re-attached within its own class.');
    const { orphanedOnSpecId: _lostOn, ...rest } = row;
    await database.annotations.put({ ...rest, specId: spec.id, status: 'anchored', target, updatedAt: now });
  });
}
