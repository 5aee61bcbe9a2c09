import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  createAnnotation,
  deleteAnnotation,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
  useClassOrphans,
  useSpecAnnotations,
} from '../../db';
import type { AnnotationRow, SpecSummary, StoredSpec } from '../../db';
import { AnnotationViewContext, type AnnotationView } from './annotationContext';
import { AnnotationEditor, shortQuote } from './AnnotationEditor';
import { AnnotationList } from './AnnotationList';
import { OrphanList } from './OrphanList';
import type { AnnotationMark } from './passageSegments';
import { selectionToTextRange, type TextRange } from './selectionOffsets';
import { useSelectionCapture } from './useSelectionCapture';
import './annotations.css';

type AnnotatableSpecProps = Readonly<{ stored: StoredSpec; versions: readonly SpecSummary[]; children: ReactNode }>;

type Undo = Readonly<{ message: string; row: AnnotationRow }>;

const NO_ROWS: readonly AnnotationRow[] = [];

/** The spec with the analyst's annotations drawn over it, and the panel to add, list, edit, delete and re-attach them. */
export function AnnotatableSpec({ stored, versions, children }: AnnotatableSpecProps) {
  const rows = useSpecAnnotations(stored.id) ?? NO_ROWS;
  const orphans = useClassOrphans(stored.classKey) ?? NO_ROWS;
  const textRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<TextRange | null>(null);
  const [focusEditor, setFocusEditor] = useState(false);
  const [reattaching, setReattaching] = useState<AnnotationRow | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = stored.spec.text;

  const view = useMemo<AnnotationView>(() => {
    const marks: AnnotationMark[] = rows.map((row, index) => ({
      id: row.id ?? -1,
      start: row.target.position.start,
      end: row.target.position.end,
      color: row.color,
      note: row.note,
      number: index + 1,
    }));
    return { text, marks };
  }, [rows, text]);

  const select = useCallback((range: TextRange) => {
    setPending(range);
    setFocusEditor(false);
    setStatus(null);
  }, []);
  useSelectionCapture(textRef, select);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const annotateSelection = () => {
    const range = textRef.current ? selectionToTextRange(document.getSelection(), textRef.current) : null;
    if (range) {
      setPending(range);
      setFocusEditor(true);
    } else
      setStatus(
        'Select some text of the spec first (with the mouse, or with Shift+arrow keys after pressing F7 for caret browsing).',
      );
  };

  const show = (row: AnnotationRow) => {
    const mark = document.getElementById(`annotation-${row.id}`);
    if (!mark) {
      setStatus('This note is on text not shown in this view: press “Show original text” to see it.');
      return;
    }
    mark.scrollIntoView({ block: 'center' });
    mark.focus();
  };

  const remove = (row: AnnotationRow, message: string) =>
    run(async () => {
      if (row.id === undefined) return;
      const removed = await deleteAnnotation(row.id);
      setUndo({ message, row: removed });
    });

  const pendingQuote = pending ? text.slice(pending.start, pending.end) : '';
  return (
    <AnnotationViewContext.Provider value={view}>
      <div className="annotatable-spec">
        <div ref={textRef} className="annotatable-spec__text">
          {children}
        </div>
        <aside className="annotation-panel" aria-labelledby="annotations-title">
          <h2 id="annotations-title">Annotations ({rows.length})</h2>
          <button type="button" onClick={annotateSelection}>
            Annotate selected text
          </button>
          {error && <p role="alert">{error}</p>}
          <p role="status" className="annotation-panel__status">
            {status ??
              (reattaching && !pending
                ? `Select the new text for “${shortQuote(reattaching.target.quote.exact, 60)}” in the spec.`
                : '')}
          </p>
          {pending && reattaching && (
            <div className="annotation-editor">
              <p>Attach the note to “{shortQuote(pendingQuote)}”?</p>
              <div className="annotation-editor__actions">
                <button
                  type="button"
                  onClick={() =>
                    void run(async () => {
                      if (reattaching.id === undefined) return;
                      await reattachAnnotation(reattaching.id, stored, pending.start, pending.end, Date.now());
                      setReattaching(null);
                      setPending(null);
                      setStatus('Note re-attached.');
                    })
                  }
                >
                  Attach here
                </button>
                <button type="button" onClick={() => setPending(null)}>
                  Cancel
                </button>
              </div>
            </div>
          )}
          {pending && !reattaching && (
            <AnnotationEditor
              key={`${pending.start}-${pending.end}`}
              quote={pendingQuote}
              saveLabel="Add annotation"
              autoFocus={focusEditor}
              onSave={async (content) => {
                await createAnnotation(stored, pending.start, pending.end, content, Date.now());
                setPending(null);
                document.getSelection()?.removeAllRanges();
              }}
              onCancel={() => setPending(null)}
            />
          )}
          {undo && (
            <p className="annotation-undo" role="status">
              {undo.message}{' '}
              <button
                type="button"
                onClick={() =>
                  void run(async () => {
                    await restoreAnnotation(undo.row);
                    setUndo(null);
                  })
                }
              >
                Undo
              </button>
            </p>
          )}
          <AnnotationList
            rows={rows}
            onShow={show}
            onEdit={(row, content) =>
              row.id === undefined ? Promise.resolve() : updateAnnotation(row.id, content, Date.now())
            }
            onDelete={(row) => void remove(row, 'Annotation deleted.')}
          />
          <OrphanList
            orphans={orphans}
            versions={versions}
            reattachingId={reattaching?.id ?? null}
            onReattach={(row) => {
              setReattaching((current) => (current?.id === row.id ? null : row));
              setPending(null);
              setStatus(null);
            }}
            onDismiss={(row) => void remove(row, 'Orphan dismissed.')}
          />
        </aside>
        {rows.length > 0 && (
          <section className="annotation-print-notes" aria-label="Annotations (printed)">
            <h2>Annotations</h2>
            <ol>
              {rows.map((row) => (
                <li key={row.id}>
                  “{shortQuote(row.target.quote.exact, 200)}”{row.note ? ` — ${row.note}` : ''}
                  {row.tags.length > 0 ? ` (tags: ${row.tags.join(', ')})` : ''}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </AnnotationViewContext.Provider>
  );
}
