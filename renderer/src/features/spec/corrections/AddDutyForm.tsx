import { useState, type FormEvent } from 'react';
import { addDutyCorrection } from '../../../../../shared/corrections';
import type { DutyCategory } from '../../../../../shared/model';
import type { CorrectionActions } from './useCorrectionActions';

type AddDutyFormProps = Readonly<{ actions: CorrectionActions }>;

export function AddDutyForm({ actions }: AddDutyFormProps) {
  const [statement, setStatement] = useState('');
  const [category, setCategory] = useState<DutyCategory>('essential');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!statement.trim()) return;
    if (await actions.correct((stamp) => addDutyCorrection(stamp, statement, category))) setStatement('');
  };
  return (
    <form className="correction-form" aria-label="Add a duty" onSubmit={(event) => void submit(event)}>
      <label>
        <span>New duty</span>
        <textarea value={statement} rows={2} onChange={(event) => setStatement(event.target.value)} />
      </label>
      <label>
        <span>Category</span>
        <select value={category} onChange={(event) => setCategory(event.target.value as DutyCategory)}>
          <option value="essential">Essential</option>
          <option value="other">Other</option>
        </select>
      </label>
      <div className="correction-form__buttons">
        <button type="submit" disabled={!statement.trim()}>
          Add duty
        </button>
      </div>
    </form>
  );
}
