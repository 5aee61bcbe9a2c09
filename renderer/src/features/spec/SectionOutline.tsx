import type { ReactNode } from 'react';
import type { CorrectedSection, CorrectedSpec } from '../../../../shared/corrections';
import { SECTION_LABELS } from './sectionLabels';
import { CorrectedMark } from '../../components';

type SectionOutlineProps = Readonly<{
  spec: CorrectedSpec;
  renderKindControl?: (section: CorrectedSection) => ReactNode;
}>;

/** Every printed heading in document order, with the canonical kind it was read as and its text. */
export function SectionOutline({ spec, renderKindControl }: SectionOutlineProps) {
  if (spec.sections.length === 0) return <p>No section headings were recognized.</p>;
  return (
    <ol className="section-outline">
      {spec.sections.map((section, index) => (
        <li key={`${section.span.start}-${index}`} className={`section-outline__level-${Math.min(section.level, 3)}`}>
          <details>
            <summary>
              <span className="section-outline__kind">{SECTION_LABELS[section.kind]}</span>
              <span className="section-outline__heading">{section.heading}</span>
              {section.correctionIds && (
                <>
                  {' '}
                  <CorrectedMark />
                </>
              )}
            </summary>
            <p className="section-outline__body">
              {spec.text.slice(section.bodySpan.start, section.bodySpan.end).trim()}
            </p>
          </details>
          {renderKindControl?.(section)}
        </li>
      ))}
    </ol>
  );
}
