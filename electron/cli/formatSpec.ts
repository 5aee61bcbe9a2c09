import type { ImportedSpec } from '../../shared/ipc/contract';
import type { ClassSpec } from '../../shared/model';
import { levelText } from '../../shared/report';

/**
 * The CLI's JSON view of a parsed file: the ClassSpec plus where it came from. `text` is the
 * normalized text every span and annotation offset points into (the one `reanchor` reads), so
 * anyone can check offsets; it goes last so the structured fields stay on top.
 */
export function specJson(imported: ImportedSpec, file: string): Record<string, unknown> {
  const { text, ...fields } = imported.spec;
  return { ...fields, source: { file, format: imported.format, hash: imported.hash, size: imported.size }, text };
}

const orNone = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? '—' : String(value);

function factorLines(spec: ClassSpec): string[] {
  return Object.values(spec.factors).map(
    (reading) => `    ${reading.key}: ${levelText(reading.level, reading.scaleSize, reading.label, reading.basis)}`,
  );
}

/** Readable summary of one parsed file for a terminal. */
export function formatSpecText(imported: ImportedSpec, file: string): string {
  const { spec } = imported;
  const lines = [
    `${file} (${imported.format})`,
    `  Title: ${orNone(spec.title)}   Code: ${orNone(spec.code)}   Grade: ${orNone(spec.grade)}`,
    `  Sections (${spec.sections.length}):`,
    ...spec.sections.map((section) => `    ${'  '.repeat(section.level)}${section.heading} [${section.kind}]`),
    `  Duties (${spec.duties.length}):`,
    ...spec.duties.map((duty, index) => `    ${index + 1}. ${duty.category === 'other' ? '(other) ' : ''}${duty.text}`),
    `  Education: ${orNone(spec.qualifications.education)}   Experience: ${orNone(spec.qualifications.experienceYears)} years`,
  ];
  const factors = factorLines(spec);
  if (factors.length > 0) lines.push('  Factors:', ...factors);
  if (spec.family.length > 0) lines.push(`  Family: ${spec.family.join(' · ')}`);
  if (spec.warnings.length > 0) lines.push('  Warnings:', ...spec.warnings.map((warning) => `    ${warning.message}`));
  return lines.join('\n');
}
