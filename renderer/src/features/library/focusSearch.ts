export const SEARCH_INPUT_ID = 'library-search';

const MAX_FRAMES = 30;

/** Focuses the library's search box once it is on screen (after a route change it may take a few frames to render). */
export function focusSearch(framesLeft = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    } else if (framesLeft > 0) {
      focusSearch(framesLeft - 1);
    }
  });
}
