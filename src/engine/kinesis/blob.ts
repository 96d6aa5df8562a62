import { strFromU8 } from 'fflate';
import { AwsError } from '../core/errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

/** Base64 of bytes; writes ASCII codes into one buffer (records are stored as base64 in the world). */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n =
      (bytes[i]! << 16) | ((rest > 1 ? bytes[i + 1]! : 0) << 8) | (rest > 2 ? bytes[i + 2]! : 0);
    out[o++] = CODES[(n >> 18) & 63]!;
    out[o++] = CODES[(n >> 12) & 63]!;
    out[o++] = rest > 1 ? CODES[(n >> 6) & 63]! : PAD;
    out[o++] = rest > 2 ? CODES[n & 63]! : PAD;
  }
  return strFromU8(out, true);
}
const VALUES = new Int16Array(128).fill(-1);
CODES.forEach((code, i) => (VALUES[code] = i));

/** Decodes base64 (the JSON protocols carry blobs as base64); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === PAD) end--;
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? VALUES[code]! : -1;
    if (v < 0) return undefined;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * A record's Data as bytes: a Uint8Array as is, a string as base64 (what the SDK sends over the
 * wire and what the CLI expects by default).
 */
export function blobBytes(
  data: unknown,
  field: string,
  exception = 'InvalidArgumentException',
): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') {
    const bytes = fromBase64(data);
    if (bytes) return bytes;
    throw new AwsError(exception, `${field} is not valid base64.`);
  }
  throw new AwsError(exception, `${field} is required and must be a blob.`);
}
