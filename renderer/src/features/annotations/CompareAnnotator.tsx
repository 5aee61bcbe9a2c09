import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createAnnotation, type StoredSpec } from '../../db';
import { AnnotationEditor } from './AnnotationEditor';
import { CompareSidesContext, DUTY_ATTRIBUTE, SIDE_ATTRIBUTE, type CompareSides } from './compareSides';
import { placeWords } from './placeWords';
import type { TextRange } from './selectionOffsets';
import './annotations.css';

type CompareAnnotatorProps = Readonly<{ a: StoredSpec; b: StoredSpec; children: ReactNode }>;

type Pending = Readonly<{ side: 'a' | 'b'; range: TextRange }>;

function cellOf(node: Node | null): Element | null {
  return (node instanceof Element ? node : (node?.parentElement ?? null))?.closest(`[${SIDE_ATTRIBUTE}]`) ?? null;
}

/** Lets the analyst annotate either spec of a comparison by selecting words of its duties in the table. */
export function CompareAnnotator({ a, b, children }: CompareAnnotatorProps) {
  const sides = useMemo<CompareSides>(() => ({ a, b }), [a, b]);
  const root = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const capture = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const cell = cellOf(range.startContainer);
      if (!cell || cell !== cellOf(range.endContainer) || !element.contains(cell)) return;
      const side = cell.getAttribute(SIDE_ATTRIBUTE) === 'b' ? 'b' : 'a';
      const duty = sides[side].spec.duties[Number(cell.getAttribute(DUTY_ATTRIBUTE))];
      const found = duty ? placeWords(sides[side].spec.text, duty.span, selection.toString()) : null;
      if (!found) {
        setStatus('Those words could not be placed in the spec for certain; select them in the spec view instead.');
        return;
      }
      setPending({ side, range: found });
      setStatus('');
    };
    element.addEventListener('mouseup', capture);
    element.addEventListener('keyup', capture);
    return () => {
      element.removeEventListener('mouseup', capture);
      element.removeEventListener('keyup', capture);
    };
  }, [sides]);

  const stored = pending ? sides[pending.side] : null;
  return (
    <CompareSidesContext.Provider value={sides}>
      <div ref={root}>{children}</div>
      {pending && stored && (
        <div
          className="compare-annotator annotation-panel"
          role="group"
          aria-label={`Annotate class ${pending.side.toUpperCase()}`}
        >
          <h2>
            Annotate class {pending.side.toUpperCase()}: {stored.title}
          </h2>
          <AnnotationEditor
            key={`${pending.side}-${pending.range.start}-${pending.range.end}`}
            quote={stored.spec.text.slice(pending.range.start, pending.range.end)}
            saveLabel="Add annotation"
            onSave={async (content) => {
              await createAnnotation(stored, pending.range.start, pending.range.end, content, Date.now());
              setPending(null);
              setStatus(
                `Annotation added to ${stored.title} (class ${pending.side.toUpperCase()}); it is listed with that spec and printed with this comparison.`,
              );
            }}
            onCancel={() => setPending(null)}
          />
        </div>
      )}
      <p role="status" className="annotation-panel__status">
        {status}
      </p>
    </CompareSidesContext.Provider>
  );
}
