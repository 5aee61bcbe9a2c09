import { compareSpecs } from '../compare';
import type { ClassSpec } from '../model';

/** What changed from one version of a class to the next, in short. */
export type VersionChanges = Readonly<{
  dutiesAdded: number;
  dutiesRemoved: number;
  dutiesReworded: number;
  /** Headings of sections added, removed or with changed text (as printed in the newer version where it has them). */
  sectionsChanged: readonly string[];
  /** False when the two texts are identical (a re-import of the same words in a different file). */
  textChanged: boolean;
}>;

/**
 * Duties added / removed / reworded and the sections whose text changed between two versions of
 * a class, using the comparison engine's duty alignment and section pairing.
 */
export function describeVersionChanges(previous: ClassSpec, current: ClassSpec): VersionChanges {
  if (previous.text === current.text)
    return { dutiesAdded: 0, dutiesRemoved: 0, dutiesReworded: 0, sectionsChanged: [], textChanged: false };
  const comparison = compareSpecs(previous, current);
  let dutiesAdded = 0;
  let dutiesRemoved = 0;
  let dutiesReworded = 0;
  for (const pair of comparison.duties) {
    if (pair.kind === 'only-b') dutiesAdded += 1;
    else if (pair.kind === 'only-a') dutiesRemoved += 1;
    else {
      const before = pair.a === null ? '' : (previous.duties[pair.a]?.text ?? '');
      const after = pair.b === null ? '' : (current.duties[pair.b]?.text ?? '');
      if (before !== after) dutiesReworded += 1;
    }
  }
  const sectionsChanged: string[] = [];
  for (const section of comparison.sections) {
    const heading = section.b?.heading ?? section.a?.heading ?? section.kind;
    if (!section.a || !section.b || section.a.text !== section.b.text) sectionsChanged.push(heading);
  }
  return { dutiesAdded, dutiesRemoved, dutiesReworded, sectionsChanged, textChanged: true };
}

/** One line for the timeline: "2 duties added, 1 reworded; sections changed: Duties, Qualifications". */
export function summarizeVersionChanges(changes: VersionChanges): string {
  if (!changes.textChanged) return 'Same text as the previous version.';
  const duties = [
    changes.dutiesAdded > 0 ? `${changes.dutiesAdded} ${changes.dutiesAdded === 1 ? 'duty' : 'duties'} added` : '',
    changes.dutiesRemoved > 0 ? `${changes.dutiesRemoved} removed` : '',
    changes.dutiesReworded > 0 ? `${changes.dutiesReworded} reworded` : '',
  ].filter(Boolean);
  const parts = [duties.length > 0 ? duties.join(', ') : 'Duties unchanged'];
  if (changes.sectionsChanged.length > 0) parts.push(`sections changed: ${changes.sectionsChanged.join(', ')}`);
  return `${parts.join('; ')}.`;
}
