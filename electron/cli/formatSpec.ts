import type { ImportedSpec } from '../../shared/ipc/contract';
import type { ClassSpec } from '../../shared/model';
import { levelText } from '../../shared/report';

/** The CLI's JSON view of a parsed file: the ClassSpec, minus its text unless asked for, plus where it came from. */
export function specJson(imported: ImportedSpec, file: string, withText: boolean): Record<string, unknown> {
  // `text` is the whole document: it would bury the structured fields a reader or a diff looks for.
  // The spans still point into it; `--with-text` includes it for tools that resolve them.
  const { text, ...fields } = imported.spec;
  return { ...fields, ...(withText ? { text } : {}), source: { file, format: imported.format, hash: imported.hash, size: imported.size } };
}

const orNone = (value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? '—' : String(value));

function factorLines(spec: ClassSpec): string[] {
  return Object.values(spec.factors).map((reading) => `    ${reading.key}: ${levelText(reading.level, reading.scaleSize, reading.label)}`);
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
