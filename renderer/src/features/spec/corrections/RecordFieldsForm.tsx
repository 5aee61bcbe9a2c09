import { useState, type FormEvent } from 'react';
import {
  CORRECTABLE_FIELDS,
  correctableFieldName,
  fieldCorrection,
  type CorrectableField,
} from '../../../../../shared/corrections';
import type { CorrectedStoredSpec } from '../../../db';
import type { CorrectionActions } from './useCorrectionActions';

type RecordFieldsFormProps = Readonly<{
  stored: CorrectedStoredSpec;
  actions: CorrectionActions;
}>;

type Values = Record<CorrectableField, string>;

const valuesOf = (stored: CorrectedStoredSpec): Values =>
  Object.fromEntries(CORRECTABLE_FIELDS.map((field) => [field, stored.spec[field] ?? ''])) as Values;

/** Inline editing of the record's fields; each changed field becomes one correction. */
export function RecordFieldsForm({ stored, actions }: RecordFieldsFormProps) {
  const [initial, setInitial] = useState(() => valuesOf(stored));
  const [values, setValues] = useState(initial);
  const [isSaving, setSaving] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    const saved = { ...initial };
    for (const field of CORRECTABLE_FIELDS) {
      if (values[field].trim() === initial[field].trim()) continue;
      if (!(await actions.correct((stamp) => fieldCorrection(stamp, stored.parsedSpec, field, values[field])))) break;
      saved[field] = values[field];
    }
    setInitial(saved);
    setSaving(false);
  };

  return (
    <form
      className="correction-form record-fields-form"
      aria-label="Correct the record"
      onSubmit={(event) => void submit(event)}
    >
      {CORRECTABLE_FIELDS.map((field) => (
        <label key={field}>
          <span>{correctableFieldName(field)}</span>
          <input
            value={values[field]}
            onChange={(event) =>
              setValues((current) => ({
                ...current,
                [field]: event.target.value,
              }))
            }
          />
        </label>
      ))}
      <div className="correction-form__buttons">
        <button type="submit" disabled={isSaving}>
          Save fields
        </button>
        <button type="button" onClick={() => setValues(initial)}>
          Reset
        </button>
      </div>
    </form>
  );
}
