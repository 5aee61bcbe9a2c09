import type { AnnotationRow } from '../../db';
import { COLOR_NAMES } from './AnnotationEditor';

/** An annotation's note, colour and tags, as every annotation list shows them. */
export function AnnotationDetails({ annotation }: Readonly<{ annotation: AnnotationRow }>) {
  return (
    <>
      {annotation.note && <p className="annotation-list__note">{annotation.note}</p>}
      <p className="annotation-list__meta">
        {COLOR_NAMES[annotation.color]}
        {annotation.tags.length > 0 && (
          <>
            {' '}
            ·{' '}
            {annotation.tags.map((tag) => (
              <span key={tag} className="annotation-tag">
                {tag}
              </span>
            ))}
          </>
        )}
      </p>
    </>
  );
}
