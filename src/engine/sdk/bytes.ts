import { strFromU8, strToU8 } from 'fflate';

/** UTF-8 helpers that work in Node, browsers and workers (the engine has no DOM types). */
export const utf8 = (text: string): Uint8Array => strToU8(text);
export const fromUtf8 = (bytes: Uint8Array): string => strFromU8(bytes);

type ChunkSource =
  | AsyncIterable<unknown>
  | { getReader(): { read(): Promise<{ done: boolean; value?: unknown }> } }
  | { arrayBuffer(): Promise<ArrayBuffer> };

function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return utf8(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new Error(`LakeLab cannot read a request body chunk of type ${typeof chunk}.`);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads a whole request body: bytes, a string, a web ReadableStream, a Node stream or a Blob. */
export async function readBody(body: unknown): Promise<Uint8Array> {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return toBytes(body);
  const source = body as ChunkSource;
  if ('getReader' in source) {
    const reader = source.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read())
      chunks.push(toBytes(r.value));
    return concat(chunks);
  }
  if (Symbol.asyncIterator in source) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of source) chunks.push(toBytes(chunk));
    return concat(chunks);
  }
  if ('arrayBuffer' in source) return new Uint8Array(await source.arrayBuffer());
  throw new Error('LakeLab cannot read this request body: pass bytes, a string or a stream.');
}

/**
 * Decodes an `aws-chunked` body (S3 streaming uploads): `<hex size>[;chunk-signature=…]\r\n<data>\r\n`
 * repeated, ending with a zero-size chunk and optional trailing headers.
 */
export function decodeAwsChunked(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    let lineEnd = offset;
    while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] === 13 && bytes[lineEnd + 1] === 10))
      lineEnd++;
    const header = fromUtf8(bytes.subarray(offset, lineEnd));
    const size = parseInt(header.split(';')[0] ?? '', 16);
    if (!Number.isFinite(size))
      throw new Error(`Malformed aws-chunked body: "${header}" is not a chunk size.`);
    if (size === 0) break;
    const start = lineEnd + 2;
    chunks.push(bytes.subarray(start, start + size));
    offset = start + size + 2;
  }
  return concat(chunks);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 for JSON blobs (no Buffer/btoa dependence). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out +=
      BASE64[(n >> 18) & 63]! +
      BASE64[(n >> 12) & 63]! +
      (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) +
      (c === undefined ? '=' : BASE64[n & 63]!);
  }
  return out;
}
