import type { SpecSummary } from '../../db';
import type { FamilyGroup } from '../library';
import { SpecPicker, summaryLabel } from '../../components';

type SeriesPickerProps = Readonly<{
  summaries: readonly SpecSummary[];
  families: readonly FamilyGroup[];
  familyKey: string | undefined;
  selected: readonly SpecSummary[];
  onFamily: (key: string) => void;
  onClasses: (ids: readonly string[]) => void;
}>;

/** Choose a printed job family, or build the ladder class by class. */
export function SeriesPicker({ summaries, families, familyKey, selected, onFamily, onClasses }: SeriesPickerProps) {
  const ids = selected.map((summary) => summary.id);
  return (
    <div className="series-picker">
      <label className="series-picker__family">
        Job family{' '}
        <select value={familyKey ?? ''} onChange={(event) => onFamily(event.target.value)}>
          <option value="">— manual selection —</option>
          {families.map((family) => (
            <option key={family.key} value={family.key}>
              {family.label}
            </option>
          ))}
        </select>
      </label>
      <SpecPicker
        label="Add a class"
        summaries={summaries.filter((summary) => !ids.includes(summary.id))}
        selectedId={undefined}
        onSelect={(id) => onClasses([...ids, id])}
      />
      <ul className="series-picker__chosen" aria-label="Classes in the ladder">
        {selected.map((summary) => (
          <li key={summary.id}>
            {summaryLabel(summary)}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`Remove ${summary.title} from the ladder`}
              onClick={() => onClasses(ids.filter((id) => id !== summary.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
