import type { Sha256 } from '../../../../shared/study';

/** SHA-256 through Web Crypto (the browser and Electron's renderer both have it). */
export const webSha256: Sha256 = async (bytes) => {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
};

const today = (): string =>
  new Date().toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
export { today as reportDate };

/**
 * Prints a standalone report document from a sandboxed frame: no scripts can run in it, and the
 * app's own page is not what gets printed.
 */
export function printHtml(document: Document, html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.className = 'study-print-frame';
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.title = 'Report being printed';
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.print();
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          setTimeout(() => frame.remove(), 1000);
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
