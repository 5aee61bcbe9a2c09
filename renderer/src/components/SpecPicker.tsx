import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SpecSummary } from '../db';
import { matchSummaries, summaryLabel } from './matchSummaries';

type SpecPickerProps = Readonly<{
  label: string;
  summaries: readonly SpecSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}>;

const MAX_OPTIONS = 20;

/** Search-as-you-type class picker (ARIA combobox with a listbox popup). */
export function SpecPicker({ label, summaries, selectedId, onSelect }: SpecPickerProps) {
  const id = useId();
  const selected = summaries.find((summary) => summary.id === selectedId);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const isOpen = query !== null;
  const options = useMemo(
    () => (query === null ? [] : matchSummaries(summaries, query, MAX_OPTIONS)),
    [summaries, query],
  );
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));

  const choose = (summary: SpecSummary | undefined): void => {
    if (!summary) return;
    onSelect(summary.id);
    setQuery(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!isOpen) setQuery('');
      setActive(Math.min(activeIndex + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter' && isOpen) {
      event.preventDefault();
      choose(options[activeIndex]);
    } else if (event.key === 'Escape') {
      setQuery(null);
    }
  };

  return (
    <div className="spec-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={isOpen && options.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={isOpen && options[activeIndex] ? `${id}-option-${activeIndex}` : undefined}
        placeholder="Type a title, code or employer"
        value={query ?? (selected ? summaryLabel(selected) : '')}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onFocus={(event) => event.target.select()}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${label} matches`}
        className="spec-picker__list"
        hidden={!isOpen || options.length === 0}
      >
        {options.map((summary, index) => (
          <li
            key={summary.id}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'is-active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(summary);
            }}
          >
            {summaryLabel(summary)}
          </li>
        ))}
      </ul>
      {isOpen && query.trim() !== '' && options.length === 0 && (
        <p className="spec-picker__empty" role="status">
          No class in the library matches “{query.trim()}”.
        </p>
      )}
    </div>
  );
}
