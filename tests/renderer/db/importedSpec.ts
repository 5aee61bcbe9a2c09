import type { ImportedSpec } from '../../../shared/ipc/contract';
import type { ClassSpec } from '../../../shared/model';
import { buildSpec } from '../../fixtures/compare/buildSpec';

type Imported = Readonly<{
  hash: string;
  title?: string;
  code?: string | null;
  jurisdiction?: string;
  grade?: string;
  fileName?: string;
  duties?: readonly string[];
}>;

/** An ImportedSpec as the import worker would deliver it, built from a short outline. */
export function importedSpec(outline: Imported): ImportedSpec {
  const base = buildSpec({
    title: outline.title ?? 'Untitled',
    grade: outline.grade ?? '18',
    jurisdiction: outline.jurisdiction ?? 'City of Springfield',
    duties: outline.duties ?? ['Answers customer calls.'],
  });
  const spec: ClassSpec = { ...base, title: outline.title ?? null, code: outline.code ?? null };
  const fileName = outline.fileName ?? `${outline.hash}.txt`;
  return { fileName, relativePath: fileName, format: 'txt', hash: outline.hash, size: spec.text.length, spec };
}

export const uniqueDbName = (label: string): string => `${label}-${crypto.randomUUID()}`;
