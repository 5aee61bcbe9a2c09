import { studyMaterialsSchema, studySpecIds, type StudyMaterials } from './materials';

export const BUNDLE_FORMAT = 'reclass-study-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = 'reclass-study';

/** SHA-256 of bytes as lowercase hex; the platform supplies it (Web Crypto in the app, node:crypto in the CLI). */
export type Sha256 = (bytes: Uint8Array) => Promise<string>;

export type BundleReading =
  Readonly<{ ok: true; materials: StudyMaterials; exportedAt: number }> | Readonly<{ ok: false; reason: string }>;

const encoder = new TextEncoder();

/**
 * One file holding a study with the documents in the versions it used, its comparisons and the
 * annotations on those documents: JSON with a format name and version, and a SHA-256 checksum
 * of the payload, so damage is caught before anything is imported.
 */
export async function encodeStudyBundle(
  materials: StudyMaterials,
  sha256: Sha256,
  exportedAt: number,
): Promise<Uint8Array> {
  const payload = JSON.stringify(materials);
  const checksum = await sha256(encoder.encode(payload));
  // The payload is spliced in as the exact text that was hashed.
  const header = JSON.stringify({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt,
    checksum: { algorithm: 'SHA-256', value: checksum },
  });
  return encoder.encode(`${header.slice(0, -1)},"payload":${payload}}\n`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The payload's own text inside the bundle, exactly as it was hashed. */
function payloadText(text: string): string | null {
  const marker = ',"payload":';
  const at = text.indexOf(marker);
  if (at < 0) return null;
  const rest = text.slice(at + marker.length).trimEnd();
  return rest.endsWith('}') ? rest.slice(0, -1) : null;
}

function consistencyProblem(materials: StudyMaterials): string | null {
  const present = new Set(materials.specs.map((spec) => spec.id));
  const missing = studySpecIds(materials.study).filter((id) => !present.has(id));
  if (missing.length) return `it refers to ${missing.length} document(s) it does not contain`;
  const comparisonIds = new Set(materials.comparisons.map((row) => row.id));
  if (
    materials.study.candidates.some(
      (candidate) => candidate.comparisonId !== null && !comparisonIds.has(candidate.comparisonId),
    )
  )
    return 'a candidate’s comparison is missing';
  if (materials.comparisons.some((row) => row.studyUid !== materials.study.uid))
    return 'it holds comparisons of another study';
  return null;
}

/**
 * Reads a bundle without touching anything: says why when the file is not a study bundle, is
 * damaged or cut short, was written by a newer Reclass, or does not hold a complete study.
 */
export async function decodeStudyBundle(bytes: Uint8Array, sha256: Sha256): Promise<BundleReading> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      reason: 'The file is not a Reclass study bundle (it is not text).',
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: text.trimStart().startsWith(`{"format":"${BUNDLE_FORMAT}"`)
        ? 'The bundle is damaged or cut short: it ends before the study does.'
        : 'The file is not a Reclass study bundle.',
    };
  }
  if (!isRecord(parsed) || parsed.format !== BUNDLE_FORMAT)
    return { ok: false, reason: 'The file is not a Reclass study bundle.' };
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      reason: 'The bundle does not say which format version it is in.',
    };
  if (version > BUNDLE_FORMAT_VERSION)
    return {
      ok: false,
      reason: `The bundle was made by a newer Reclass (format ${version}); this version reads format ${BUNDLE_FORMAT_VERSION}. Update Reclass to import it.`,
    };
  const checksum = isRecord(parsed.checksum) ? parsed.checksum.value : undefined;
  const payload = payloadText(text);
  if (typeof checksum !== 'string' || payload === null || (await sha256(encoder.encode(payload))) !== checksum) {
    return {
      ok: false,
      reason: 'The bundle is damaged: its checksum does not match its content.',
    };
  }
  const checked = studyMaterialsSchema.safeParse(parsed.payload);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return {
      ok: false,
      reason: `The bundle does not hold a valid study (${issue?.path.join('.') || 'study'}: ${issue?.message ?? 'invalid'}).`,
    };
  }
  const materials = checked.data as unknown as StudyMaterials;
  const problem = consistencyProblem(materials);
  if (problem) return { ok: false, reason: `The bundle is incomplete: ${problem}.` };
  return {
    ok: true,
    materials,
    exportedAt: typeof parsed.exportedAt === 'number' ? parsed.exportedAt : 0,
  };
}
