import { useState } from 'react';
import type { AnnotationContent } from '../../db';
import type { AnnotationRow } from '../../db';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationEditor, shortQuote } from './AnnotationEditor';

type AnnotationListProps = Readonly<{
  rows: readonly AnnotationRow[];
  onShow: (row: AnnotationRow) => void;
  onEdit: (row: AnnotationRow, content: AnnotationContent) => Promise<void>;
  onDelete: (row: AnnotationRow) => void;
}>;

/** The spec's annotations in document order, numbered as the highlights and the printout number them. */
export function AnnotationList({ rows, onShow, onEdit, onDelete }: AnnotationListProps) {
  const [editingId, setEditingId] = useState<number | null>(null);
  if (rows.length === 0)
    return (
      <p className="annotation-panel__empty">No annotations on this version yet. Select text in the spec to add one.</p>
    );
  return (
    <ol className="annotation-list">
      {rows.map((row, index) => (
        <li key={row.id} className={`annotation-list__item annotation-list__item--${row.color}`}>
          {editingId === row.id ? (
            <AnnotationEditor
              quote={row.target.quote.exact}
              initial={row}
              saveLabel="Save changes"
              autoFocus
              onSave={async (content) => {
                await onEdit(row, content);
                setEditingId(null);
              }}
              onCancel={() => setEditingId(null)}
            />
          ) : (
            <>
              <button
                type="button"
                className="annotation-list__quote"
                onClick={() => onShow(row)}
                aria-label={`Show note ${index + 1} in the text: ${shortQuote(row.target.quote.exact, 60)}`}
              >
                <span className="annotation-list__number">{index + 1}.</span> “{shortQuote(row.target.quote.exact)}”
              </button>
              <AnnotationDetails annotation={row} />
              <div className="annotation-list__actions">
                <button type="button" onClick={() => setEditingId(row.id ?? null)}>
                  Edit<span className="visually-hidden"> note {index + 1}</span>
                </button>
                <button type="button" onClick={() => onDelete(row)}>
                  Delete<span className="visually-hidden"> note {index + 1}</span>
                </button>
              </div>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
