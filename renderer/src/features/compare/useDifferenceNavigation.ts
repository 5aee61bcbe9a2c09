import { useEffect, type RefObject } from 'react';

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** "n" / "p" move focus to the next / previous row marked as a difference inside the container. */
export function useDifferenceNavigation(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key !== 'n' && event.key !== 'p') return;
      const rows = Array.from(container.current?.querySelectorAll<HTMLElement>('tr.is-difference') ?? []);
      if (rows.length === 0) return;
      const current = rows.findIndex((row) => row === document.activeElement || row.contains(document.activeElement));
      const next = event.key === 'n' ? (current + 1) % rows.length : (current <= 0 ? rows.length : current) - 1;
      const row = rows[next];
      if (!row) return;
      event.preventDefault();
      if (!row.hasAttribute('tabindex')) row.tabIndex = -1;
      row.focus();
      row.scrollIntoView({ block: 'center' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [container]);
}
