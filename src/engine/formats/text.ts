import { strFromU8, strToU8 } from 'fflate';

/** Below this length a JS loop beats TextEncoder's call into native code (a DMS CDC file is ~60 bytes). */
const SHORT_TEXT = 256;

/** The text as UTF-8. Short ASCII text (many tiny files a month) is copied byte by byte. */
export function utf8Encode(text: string): Uint8Array {
  const length = text.length;
  if (length > SHORT_TEXT) return strToU8(text);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return strToU8(text);
    bytes[i] = code;
  }
  return bytes;
}
export const utf8Decode = (bytes: Uint8Array): string => strFromU8(bytes);

/** Length of the UTF-8 sequence a lead byte starts, or 0 when the byte cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * True when the first `limit` bytes hold text: no NUL byte and valid UTF-8.
 * A sequence cut by the limit is not held against the bytes.
 */
export function looksLikeText(bytes: Uint8Array, limit = 8192): boolean {
  const end = Math.min(bytes.length, limit);
  let i = 0;
  while (i < end) {
    const lead = bytes[i]!;
    if (lead === 0) return false;
    const length = sequenceLength(lead);
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      // Cut by the limit: fine. Cut by the end of the object: invalid UTF-8.
      if (i + k >= end) return end < bytes.length;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

/** Cuts text bytes after their last newline, so no partial line is left. */
export function cutAtLastNewline(bytes: Uint8Array): Uint8Array {
  const lastNewline = bytes.lastIndexOf(0x0a);
  return lastNewline < 0 ? bytes : bytes.subarray(0, lastNewline + 1);
}

/** Strips a UTF-8 byte-order mark. */
export const withoutBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
