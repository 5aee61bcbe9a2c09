// shared/ is compiled without DOM or Node typings, yet both runtimes provide the WHATWG TextDecoder.
type TextDecoderLike = Readonly<{ decode: (input: Uint8Array) => string }>;
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

const TextDecoderImpl = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Decodes with a WHATWG label; null when the bytes are invalid (fatal) or the label is unknown. */
export function decodeWithLabel(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  try {
    return new TextDecoderImpl(label, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
