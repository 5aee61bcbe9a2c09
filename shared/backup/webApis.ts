// shared/ is compiled without DOM or Node typings, yet browsers, workers and Node all provide these WHATWG APIs.
type Encoder = Readonly<{ encode: (text: string) => Uint8Array }>;
type Decoder = Readonly<{ decode: (bytes: Uint8Array) => string }>;
type SubtleDigest = Readonly<{ subtle: { digest: (algorithm: string, data: Uint8Array) => Promise<ArrayBuffer> } }>;
type WebApis = Readonly<{
  TextEncoder: new () => Encoder;
  TextDecoder: new (label?: string) => Decoder;
  crypto: SubtleDigest;
}>;

const apis = globalThis as unknown as WebApis;

export const utf8Encode = (text: string): Uint8Array => new apis.TextEncoder().encode(text);
/** Invalid bytes become U+FFFD: a damaged file is then reported by its checksum, not by a decoding crash. */
export const utf8Decode = (bytes: Uint8Array): string => new apis.TextDecoder('utf-8').decode(bytes);
export const sha256 = (bytes: Uint8Array): Promise<ArrayBuffer> => apis.crypto.subtle.digest('SHA-256', bytes);
