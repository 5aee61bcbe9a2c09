import { Fragment, useState } from 'react';
import type { FactorGap } from '../../../../shared/compare';
import { levelText, type FactorReportRow, type FactorSide } from '../../../../shared/report';
import { EvidenceInContext } from './EvidenceInContext';
import { NoteEditor } from './NoteEditor';

type FactorTableProps = Readonly<{
  rows: readonly FactorReportRow[];
  gaps: readonly FactorGap[];
  textA: string;
  textB: string;
  titleA: string;
  titleB: string;
  noteOf: (rowKey: string) => string;
  onNote: (rowKey: string, text: string) => void;
}>;

function Level({ side }: Readonly<{ side: FactorSide | null }>) {
  if (!side) return <span className="muted">not stated</span>;
  return (
    <span className="factor-level">
      <strong>{levelText(side.level, side.scaleSize, side.label, side.basis)}</strong>
    </span>
  );
}

const deltaClass = (symbol: string): string => (symbol === '▲' ? 'up' : symbol === '▼' ? 'down' : 'flat');

/** One row per factor: level A, change, level B and each side's evidence; a row opens both evidence passages in context. */
export function FactorTable({ rows, gaps, textA, textB, titleA, titleB, noteOf, onNote }: FactorTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  if (rows.length === 0) return <p className="muted">No factor levels to compare.</p>;
  return (
    <table className="compare-table factor-table">
      <caption>Factors</caption>
      <thead>
        <tr>
          <th scope="col">Factor</th>
          <th scope="col">Level A</th>
          <th scope="col">Change</th>
          <th scope="col">Level B</th>
          <th scope="col">Evidence A</th>
          <th scope="col">Evidence B</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const gap = gaps.find((candidate) => candidate.key === row.key);
          const isOpen = open === row.key;
          return (
            <Fragment key={row.key}>
              <tr className={row.isDifference ? 'is-difference' : undefined} data-row-key={row.rowKey}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={isOpen}
                    onClick={() => setOpen(isOpen ? null : row.key)}
                  >
                    {row.name}
                  </button>
                </th>
                <td>
                  <Level side={row.a} />
                </td>
                <td>
                  <span className={`delta-badge delta-badge--${deltaClass(row.delta.symbol)}`}>
                    <span aria-hidden="true">{row.delta.symbol} </span>
                    {row.delta.text}
                  </span>
                </td>
                <td>
                  <Level side={row.b} />
                </td>
                <td className="evidence-cell">{row.a?.evidence ?? '—'}</td>
                <td className="evidence-cell">{row.b?.evidence ?? '—'}</td>
                <td>
                  <NoteEditor
                    note={noteOf(row.rowKey)}
                    rowName={`factor ${row.name}`}
                    onSave={(text) => onNote(row.rowKey, text)}
                  />
                </td>
              </tr>
              {isOpen && (
                <tr className="factor-table__evidence">
                  <td colSpan={7}>
                    <div className="evidence-pair" ref={(element) => element?.scrollIntoView({ block: 'nearest' })}>
                      <EvidenceInContext
                        title={`${titleA}: ${row.name}`}
                        text={textA}
                        span={gap?.a?.evidence ?? null}
                      />
                      <EvidenceInContext
                        title={`${titleB}: ${row.name}`}
                        text={textB}
                        span={gap?.b?.evidence ?? null}
                      />
                    </div>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
