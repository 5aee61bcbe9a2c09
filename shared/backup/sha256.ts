import { sha256 } from './webApis';

/** SHA-256 of bytes as lowercase hex (WebCrypto: the same in the renderer, workers and Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await sha256(bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
