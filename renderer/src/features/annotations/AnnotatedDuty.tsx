import type { Duty } from '../../../../shared/model';
import { useAnnotationView } from './annotationContext';
import { AnnotatedText } from './AnnotatedText';

/**
 * A duty statement drawn from the spec's own text (so it can be selected and annotated) when
 * its text is printed there as is; otherwise, or outside an annotatable spec, as the parser cleaned it.
 */
export function AnnotatedDuty({ duty }: Readonly<{ duty: Duty }>) {
  const view = useAnnotationView();
  if (!view) return <>{duty.text}</>;
  const within = view.text.slice(duty.span.start, duty.span.end).indexOf(duty.text);
  if (within < 0) return <AnnotatedText text={view.text} from={duty.span.start} to={duty.span.end} />;
  const from = duty.span.start + within;
  return <AnnotatedText text={view.text} from={from} to={from + duty.text.length} />;
}
