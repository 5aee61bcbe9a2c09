const SAMPLE = 8192;

/** Control bytes that never occur in text (tab, LF, CR, form feed and ESC-free text excluded). */
const isControl = (byte: number): boolean =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f;

/**
 * True for data that is not text in any encoding we read: NULs outside a UTF-16 pattern or many
 * control bytes. Call only after UTF-16 (BOM or NUL pattern) has been ruled out.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE);
  let nuls = 0;
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) nuls += 1;
    else if (isControl(byte)) controls += 1;
  }
  return nuls > Math.max(2, length * 0.01) || controls > Math.max(4, length * 0.05);
}
