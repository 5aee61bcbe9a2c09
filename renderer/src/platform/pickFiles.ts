/**
 * Opens the browser's file picker and resolves with the chosen files, or null when the analyst
 * cancelled. A folder pick lists every file inside, each with its `webkitRelativePath`.
 */
export function pickFiles(document: Document, isFolder: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.webkitdirectory = isFolder;
    input.hidden = true;
    input.setAttribute('aria-hidden', 'true');
    const finish = (files: File[] | null): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(input.files?.length ? Array.from(input.files) : null), {
      once: true,
    });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}
