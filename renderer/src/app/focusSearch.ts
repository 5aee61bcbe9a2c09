export const SEARCH_INPUT_ID = 'library-search';

/** Focuses the library's search box once it is on screen (the library may be rendering right now). */
export function focusSearch(): void {
  requestAnimationFrame(() => {
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  });
}
