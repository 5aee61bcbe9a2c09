import type { Duty } from '../../../../shared/model';
import { useAnnotationView } from './annotationContext';
import { AnnotatedText } from './AnnotatedText';
import { placeWords } from './placeWords';

/**
 * A duty statement drawn from the spec's own text (so it can be selected and annotated): the
 * parser's words found in the duty's span, where line breaks and double spaces may sit between
 * them. Outside an annotatable spec, or when the words are not printed that way, as the parser cleaned it.
 */
export function AnnotatedDuty({ duty }: Readonly<{ duty: Duty }>) {
  const view = useAnnotationView();
  const place = view ? placeWords(view.text, duty.span, duty.text) : null;
  if (!view || !place) return <>{duty.text}</>;
  return <AnnotatedText text={view.text} from={place.start} to={place.end} />;
}
