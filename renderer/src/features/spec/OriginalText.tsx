import { useMemo } from 'react';
import { FACTOR_NAMES } from '../../../../shared/report';
import type { ClassSpec } from '../../../../shared/model';
import { AnnotatedText, type StyledLayer } from '../annotations';
import { highlightSegments, type Highlight } from './highlightSegments';
import { SECTION_LABELS } from './sectionLabels';

type OriginalTextProps = Readonly<{ spec: ClassSpec }>;

function collectHighlights(spec: ClassSpec): Highlight[] {
  const fields = Object.entries(spec.spans).map(([field, span]) => ({ span, kind: 'field' as const, label: field }));
  const headings = spec.sections.map((section) => ({
    span: section.headingSpan,
    kind: 'heading' as const,
    label: SECTION_LABELS[section.kind],
  }));
  const duties = spec.duties.map((duty, index) => ({
    span: duty.span,
    kind: 'duty' as const,
    label: `Duty ${index + 1}`,
  }));
  const factors = Object.values(spec.factors).map((reading) => ({
    span: reading.evidence,
    kind: 'factor' as const,
    label: `${FACTOR_NAMES[reading.key]}: level ${reading.level}`,
  }));
  return [...fields, ...headings, ...duties, ...factors];
}

function parserLayers(spec: ClassSpec): StyledLayer[] {
  const layers: StyledLayer[] = [];
  let offset = 0;
  for (const segment of highlightSegments(spec.text, collectHighlights(spec))) {
    const end = offset + segment.text.length;
    if (segment.highlight)
      layers.push({ start: offset, end, className: `mark--${segment.highlight.kind}`, title: segment.highlight.label });
    offset = end;
  }
  return layers;
}

/** The normalized text with what the parser read marked, and the analyst's annotations over it; document text only ever becomes React text nodes. */
export function OriginalText({ spec }: OriginalTextProps) {
  const layers = useMemo(() => parserLayers(spec), [spec]);
  return (
    <section aria-labelledby="original-title">
      <h2 id="original-title">Original text</h2>
      <p className="legend">
        <mark className="mark--heading">heading</mark> <mark className="mark--duty">duty</mark>{' '}
        <mark className="mark--field">metadata</mark> <mark className="mark--factor">factor evidence</mark>
      </p>
      <pre className="original-text" tabIndex={0} aria-label="Original text with parsed parts highlighted">
        <AnnotatedText text={spec.text} from={0} to={spec.text.length} layers={layers} />
      </pre>
    </section>
  );
}
