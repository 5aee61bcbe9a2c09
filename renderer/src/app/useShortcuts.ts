import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';

/** Ctrl/Cmd+O, Ctrl/Cmd+F and Ctrl/Cmd+P work everywhere in the app, like the desktop menu's accelerators. */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'o') {
        event.preventDefault();
        run(event.shiftKey ? 'import-folder' : 'import-files');
      } else if (key === 'f' && !event.shiftKey) {
        event.preventDefault();
        run('find');
      } else if (key === 'p' && !event.shiftKey) {
        // The browser would print the screen; a comparison or series prints its printout instead.
        event.preventDefault();
        run('print');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
