import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SpecSummary } from '../../db';
import { ClassRow } from './ClassRow';

const ROW_HEIGHT = 68;

type ClassListProps = Readonly<{
  classes: readonly SpecSummary[];
  selected: number;
  onSelect: (index: number) => void;
}>;

/** Only the rows on screen are rendered, so thousands of classes scroll and filter without lag. */
export function ClassList({ classes, selected, onSelect }: ClassListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const shouldFocusSelection = useRef(false);
  const virtualizer = useVirtualizer({
    count: classes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });

  useEffect(() => {
    if (!shouldFocusSelection.current) return;
    shouldFocusSelection.current = false;
    scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${selected}"] .class-row__title`)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = classes.length - 1;
    const target: Partial<Record<string, number>> = {
      ArrowDown: Math.min(selected + 1, last),
      ArrowUp: Math.max(selected - 1, 0),
      Home: 0,
      End: last,
      PageDown: Math.min(selected + 10, last),
      PageUp: Math.max(selected - 10, 0),
    };
    const next = target[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    shouldFocusSelection.current = true;
    virtualizer.scrollToIndex(next);
    onSelect(next);
  };

  if (classes.length === 0) return <p className="empty">No classes match.</p>;
  return (
    <div ref={scrollRef} className="class-list" onKeyDown={onKeyDown}>
      <ul aria-label="Classes" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const summary = classes[item.index];
          if (!summary) return null;
          return (
            <li
              key={summary.id}
              data-index={item.index}
              aria-setsize={classes.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <ClassRow summary={summary} index={item.index} isSelected={item.index === selected} onSelect={onSelect} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
