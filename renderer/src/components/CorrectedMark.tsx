import './correctedMark.css';

/** The marker every corrected value carries; plain text so it reads the same in print and to a screen reader. */
export function CorrectedMark() {
  return <span className="corrected-mark">corrected by analyst</span>;
}
