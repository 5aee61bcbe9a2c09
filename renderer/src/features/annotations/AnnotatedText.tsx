import { useMemo, type ReactNode } from 'react';
import { useAnnotationView } from './annotationContext';
import { passageSegments, type AnnotationMark, type Layer } from './passageSegments';
import { TEXT_START_ATTRIBUTE } from './selectionOffsets';

export type StyledLayer = Layer & Readonly<{ className: string; title: string }>;

type AnnotatedTextProps = Readonly<{ text: string; from: number; to: number; layers?: readonly StyledLayer[] }>;

const NO_LAYERS: readonly StyledLayer[] = [];
const NO_MARKS: readonly AnnotationMark[] = [];

function markTitle(mark: AnnotationMark): string {
  return mark.note ? `Note ${mark.number}: ${mark.note}` : `Note ${mark.number}`;
}

/**
 * [from, to) of a spec's text with the parser's highlights and the analyst's annotations drawn
 * over it. Document text only ever becomes React text nodes. The wrapper carries its start
 * offset, so a selection inside maps back to offsets of the spec's text (selectionOffsets).
 */
export function AnnotatedText({ text, from, to, layers = NO_LAYERS }: AnnotatedTextProps) {
  const view = useAnnotationView();
  const marks = view && view.text === text ? view.marks : NO_MARKS;
  const pieces = useMemo(() => passageSegments(from, to, layers, marks), [from, to, layers, marks]);
  return (
    <span {...{ [TEXT_START_ATTRIBUTE]: from }}>
      {pieces.map((piece) => {
        let content: ReactNode = text.slice(piece.start, piece.end);
        if (piece.mark) {
          const className = `annotation annotation--${piece.mark.color}${piece.overlapped ? ' annotation--overlap' : ''}`;
          content = (
            <mark
              className={className}
              data-annotation-id={piece.mark.id}
              id={piece.isMarkStart ? `annotation-${piece.mark.id}` : undefined}
              tabIndex={piece.isMarkStart ? -1 : undefined}
              data-number={piece.isMarkStart ? piece.mark.number : undefined}
              title={markTitle(piece.mark)}
            >
              {content}
            </mark>
          );
        }
        const layer = layers[piece.layer];
        if (layer) {
          content = (
            <mark className={layer.className} title={layer.title}>
              {content}
            </mark>
          );
        }
        return <span key={piece.start}>{content}</span>;
      })}
    </span>
  );
}
