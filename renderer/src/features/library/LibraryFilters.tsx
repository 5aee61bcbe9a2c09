import type { FamilyGroup, LibraryFilter } from './filterClasses';

type LibraryFiltersProps = Readonly<{
  filter: LibraryFilter;
  employers: readonly string[];
  families: readonly FamilyGroup[];
  onChange: (filter: LibraryFilter) => void;
}>;

const toGrade = (value: string): number | null =>
  value.trim() === '' || !Number.isFinite(Number(value)) ? null : Number(value);

export function LibraryFilters({ filter, employers, families, onChange }: LibraryFiltersProps) {
  return (
    <fieldset className="library-filters">
      <legend>Filters</legend>
      <label>
        Employer
        <select value={filter.employer} onChange={(event) => onChange({ ...filter, employer: event.target.value })}>
          <option value="">All employers</option>
          {employers.map((employer) => (
            <option key={employer} value={employer}>
              {employer || 'Not stated'}
            </option>
          ))}
        </select>
      </label>
      <label>
        Lowest grade
        <input
          type="number"
          inputMode="numeric"
          value={filter.gradeMin ?? ''}
          onChange={(event) => onChange({ ...filter, gradeMin: toGrade(event.target.value) })}
        />
      </label>
      <label>
        Highest grade
        <input
          type="number"
          inputMode="numeric"
          value={filter.gradeMax ?? ''}
          onChange={(event) => onChange({ ...filter, gradeMax: toGrade(event.target.value) })}
        />
      </label>
      <label>
        Job family
        <select value={filter.familyKey} onChange={(event) => onChange({ ...filter, familyKey: event.target.value })}>
          <option value="">All families</option>
          {families.map((family) => (
            <option key={family.key} value={family.key}>
              {family.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
