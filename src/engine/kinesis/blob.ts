import { AwsError } from '../core/errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

// Two base64 characters per 12 bits: building the string from pairs is the fastest pure-JS encoder we measured.
const PAIRS = Array.from({ length: 4096 }, (_, i) => ALPHABET[i >> 6]! + ALPHABET[i & 63]!);

/** Base64 of bytes (records are kept as base64 in the world, so it stays plain JSON). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  const whole = bytes.length - (bytes.length % 3);
  let i = 0;
  for (; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    text += PAIRS[n >> 12]! + PAIRS[n & 4095]!;
  }
  if (bytes.length - whole === 1) text += `${PAIRS[bytes[i]! << 4]!}==`;
  else if (bytes.length - whole === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    text += `${PAIRS[n >> 12]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  return text;
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
