import { SECTION_KINDS, sectionKindCorrection, type CorrectedSection } from '../../../../../shared/corrections';
import type { SectionKind } from '../../../../../shared/model';
import { SECTION_LABELS } from '../sectionLabels';
import type { CorrectionActions } from './useCorrectionActions';

type SectionKindSelectProps = Readonly<{
  text: string;
  section: CorrectedSection;
  actions: CorrectionActions;
}>;

/** What the section is read as; choosing another kind is a correction. */
export function SectionKindSelect({ text, section, actions }: SectionKindSelectProps) {
  return (
    <select
      className="section-kind-select"
      aria-label={`Read “${section.heading}” as`}
      value={section.kind}
      onChange={(event) =>
        void actions.correct((stamp) =>
          sectionKindCorrection(stamp, text, section.headingSpan, event.target.value as SectionKind),
        )
      }
    >
      {SECTION_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {SECTION_LABELS[kind]}
        </option>
      ))}
    </select>
  );
}
