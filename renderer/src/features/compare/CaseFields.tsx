import { useId } from 'react';
import type { PrintField } from './useComparisonWorkspace';

type CaseFieldsProps = Readonly<{
  values: Readonly<Record<PrintField, string>>;
  onChange: (field: PrintField, value: string) => void;
}>;

/** "Prepared by" and "Case number" of a comparison outside a study: stored with it as typed, printed on every page and in the exports' summary. */
export function CaseFields({ values, onChange }: CaseFieldsProps) {
  const id = useId();
  return (
    <fieldset className="case-fields">
      <legend className="visually-hidden">Printed on the comparison</legend>
      <label htmlFor={`${id}-preparer`}>Prepared by</label>
      <input
        id={`${id}-preparer`}
        type="text"
        value={values.preparer}
        maxLength={200}
        autoComplete="name"
        onChange={(event) => onChange('preparer', event.target.value)}
      />
      <label htmlFor={`${id}-case`}>Case number</label>
      <input
        id={`${id}-case`}
        type="text"
        value={values.caseNumber}
        maxLength={100}
        autoComplete="off"
        onChange={(event) => onChange('caseNumber', event.target.value)}
      />
    </fieldset>
  );
}
