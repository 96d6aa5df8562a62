// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- snappyjs ships no types; its declaration lives beside this file.
/// <reference path="./snappyjs.d.ts" />
import { compress, uncompress } from 'snappyjs';
import { maskedCrc32c } from './crc32c';
import { FormatError } from './errors';

/** The stream identifier that opens every framed Snappy stream: chunk 0xff, length 6, "sNaPpY". */
export const SNAPPY_FRAME_MAGIC = new Uint8Array([
  0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59,
]);
// Snappy framing format: an uncompressed chunk holds at most 65,536 bytes of data.
const MAX_FRAME_DATA = 65536;

export function startsWith(bytes: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

const readUint24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const readUint32Le = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const readUint32Be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function rawUncompress(bytes: Uint8Array, where: string): Uint8Array {
  try {
    return uncompress(bytes);
  } catch (error) {
    throw new FormatError(`The Snappy data ${where} is corrupt: ${(error as Error).message}.`);
  }
}

/** Decodes the Snappy framing format (the `.sz`/`.snappy` streams Firehose and python-snappy write). */
export function snappyUnframe(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 4 > bytes.length)
      throw new FormatError(`The Snappy stream is truncated at byte ${at}.`);
    const type = bytes[at]!;
    const length = readUint24(bytes, at + 1);
    const body = bytes.subarray(at + 4, at + 4 + length);
    if (body.length < length)
      throw new FormatError(
        `The Snappy stream is truncated: the chunk at byte ${at} needs ${length} bytes.`,
      );
    if (type === 0x00 || type === 0x01) {
      const data =
        type === 0x00
          ? rawUncompress(body.subarray(4), `in the chunk at byte ${at}`)
          : body.subarray(4);
      if (maskedCrc32c(data) !== readUint32Le(body, 0))
        throw new FormatError(`The Snappy chunk at byte ${at} fails its CRC-32C check.`);
      parts.push(data);
    } else if (type >= 0x02 && type <= 0x7f) {
      // Framing format: chunk types 0x02-0x7f are reserved and unskippable.
      throw new FormatError(
        `The Snappy stream has an unknown chunk type 0x${type.toString(16)} at byte ${at}.`,
      );
    }
    at += 4 + length;
  }
  return concatBytes(parts);
}

/** Writes the Snappy framing format: stream identifier, then CRC-checked chunks of up to 64 KiB. */
export function snappyFrame(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [SNAPPY_FRAME_MAGIC];
  for (let at = 0; at < bytes.length; at += MAX_FRAME_DATA) {
    const data = bytes.subarray(at, at + MAX_FRAME_DATA);
    const compressed = compress(data);
    const useCompressed = compressed.length < data.length;
    const payload = useCompressed ? compressed : data;
    const header = new Uint8Array(8);
    const length = payload.length + 4;
    header.set([
      useCompressed ? 0x00 : 0x01,
      length & 0xff,
      (length >> 8) & 0xff,
      (length >> 16) & 0xff,
    ]);
    new DataView(header.buffer).setUint32(4, maskedCrc32c(data), true);
    parts.push(header, payload);
  }
  return concatBytes(parts);
}

/**
 * Hadoop's block format (SnappyCodec): each block is a 4-byte big-endian uncompressed length
 * followed by 4-byte big-endian compressed lengths and raw Snappy chunks. Undefined if the bytes do not fit it.
 */
export function hadoopSnappyUncompress(bytes: Uint8Array): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return undefined;
    const blockLength = readUint32Be(bytes, at);
    at += 4;
    let produced = 0;
    while (produced < blockLength) {
      if (at + 4 > bytes.length) return undefined;
      const chunkLength = readUint32Be(bytes, at);
      if (chunkLength === 0 || at + 4 + chunkLength > bytes.length) return undefined;
      let chunk: Uint8Array;
      try {
        chunk = uncompress(bytes.subarray(at + 4, at + 4 + chunkLength));
      } catch {
        return undefined;
      }
      parts.push(chunk);
      produced += chunk.length;
      at += 4 + chunkLength;
    }
    if (produced !== blockLength) return undefined;
  }
  return concatBytes(parts);
}

/** Any Snappy flavour: framed, Hadoop blocks, or one raw block. */
export function snappyUncompress(bytes: Uint8Array): Uint8Array {
  if (startsWith(bytes, SNAPPY_FRAME_MAGIC)) return snappyUnframe(bytes);
  return hadoopSnappyUncompress(bytes) ?? rawUncompress(bytes, 'in this object');
}

export const snappyRawCompress = (bytes: Uint8Array): Uint8Array => compress(bytes);
