import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS, printContents } from '../../../../electron/main/printing';

function printer(success: boolean, failureReason: string): Pick<WebContents, 'print'> {
  return { print: (_options, callback) => callback?.(success, failureReason) };
}

describe('printContents', () => {
  it('resolves when the job was sent', async () => {
    await expect(printContents(printer(true, ''))).resolves.toBeUndefined();
  });

  it('resolves when the analyst cancels the print dialog', async () => {
    await expect(printContents(printer(false, 'cancelled'))).resolves.toBeUndefined();
  });

  it('rejects with the reason when printing fails', async () => {
    await expect(printContents(printer(false, 'failed'))).rejects.toThrow('Printing failed: failed');
  });
});

describe('PDF_OPTIONS', () => {
  it('prints landscape with backgrounds', () => {
    expect(PDF_OPTIONS).toMatchObject({ landscape: true, printBackground: true });
  });
});
