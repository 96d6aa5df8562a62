import {
  type Compression,
  compressionFromKey,
  compressionFromMagic,
  decompressHead,
  stripCompressionExtension,
} from './compression';
import { startsWith } from './snappy';
import { looksLikeText, utf8Decode, withoutBom } from './text';

export type FileFormat = 'csv' | 'tsv' | 'json' | 'parquet' | 'text' | 'binary';

export interface DetectedFormat {
  format: FileFormat;
  compression: Compression;
  /** For JSON: one document per line (JSON Lines), or one document for the whole object. */
  jsonKind?: 'lines' | 'document';
  /** Why: which bytes or which extension decided. */
  reason: string;
}

export const PARQUET_MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]); // "PAR1"
const SNIFF_BYTES = 64 * 1024;

const FORMAT_EXTENSIONS: Record<string, FileFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  parquet: 'parquet',
  txt: 'text',
  log: 'text',
};

/** The format the key's extension names, once a compression extension is stripped. */
export function formatFromKey(key: string): FileFormat | undefined {
  const name = stripCompressionExtension(key).toLowerCase().split('/').pop() ?? '';
  const extension = name.includes('.') ? (name.split('.').pop() ?? '') : '';
  return FORMAT_EXTENSIONS[extension];
}

export function hasParquetHead(bytes: Uint8Array): boolean {
  return startsWith(bytes, PARQUET_MAGIC);
}

export function hasParquetTail(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && startsWith(bytes, PARQUET_MAGIC, bytes.length - 4);
}

/** JSON Lines when the first line is a whole JSON value and another line follows it. */
export function jsonKindOf(text: string): 'lines' | 'document' {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2) return 'document';
  try {
    JSON.parse(lines[0]!);
    return 'lines';
  } catch {
    return 'document';
  }
}

/** A delimiter that splits the first lines into the same number (≥ 2) of fields, if any. */
export function sniffDelimiter(text: string): string | undefined {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  if (lines.length === 0) return undefined;
  // Glue's built-in CSV classifier tries comma, pipe, tab, semicolon and Ctrl-A (add-classifier.html).
  for (const delimiter of [',', '\t', '|', ';', '\u0001']) {
    const counts = lines.map((line) => line.split(delimiter).length);
    if (counts[0]! >= 2 && counts.every((count) => count === counts[0])) return delimiter;
  }
  return undefined;
}

function detectText(
  key: string,
  text: string,
  compression: Compression,
  via: string,
): DetectedFormat {
  const trimmed = withoutBom(text).trimStart();
  const fromKey = formatFromKey(key);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const jsonKind = jsonKindOf(trimmed);
    return {
      format: 'json',
      compression,
      jsonKind,
      reason: `${via}the text starts with "${trimmed[0]}" (${jsonKind === 'lines' ? 'one JSON document per line' : 'one JSON document'}).`,
    };
  }
  if (fromKey && fromKey !== 'parquet' && fromKey !== 'json')
    return {
      format: fromKey,
      compression,
      reason: `${via}the key ends in .${fromKey === 'text' ? 'txt' : fromKey}.`,
    };
  const delimiter = sniffDelimiter(trimmed);
  if (delimiter === '\t')
    return {
      format: 'tsv',
      compression,
      reason: `${via}tabs split each line into the same number of fields.`,
    };
  if (delimiter)
    return {
      format: 'csv',
      compression,
      reason: `${via}"${delimiter === '\u0001' ? 'Ctrl-A' : delimiter}" splits each line into the same number of fields.`,
    };
  if (fromKey === 'json')
    return {
      format: 'json',
      compression,
      jsonKind: 'document',
      reason: `${via}the key ends in .json.`,
    };
  return {
    format: 'text',
    compression,
    reason: `${via}the bytes are text with no delimiter or JSON structure.`,
  };
}

/** What an object holds: magic bytes first, then the key's extensions, then a look at the text. */
export function detectFormat(key: string, bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0)
    return { format: 'text', compression: 'none', reason: 'The object is empty (0 bytes).' };
  if (hasParquetHead(bytes)) {
    const tail = hasParquetTail(bytes)
      ? 'starts and ends with'
      : 'starts with (but does not end with)';
    return {
      format: 'parquet',
      compression: 'none',
      reason: `The object ${tail} the Parquet magic "PAR1".`,
    };
  }
  const magic = compressionFromMagic(bytes);
  const compression = magic ?? compressionFromKey(key) ?? 'none';
  const via = magic
    ? `${magic} magic bytes; inside, `
    : compression !== 'none'
      ? `The key ends in a ${compression} extension; inside, `
      : '';
  let head: Uint8Array;
  try {
    head = decompressHead(bytes, compression, SNIFF_BYTES).bytes;
  } catch {
    return {
      format: formatFromKey(key) ?? 'binary',
      compression,
      reason: `The key names ${compression} compression, but the bytes do not decompress.`,
    };
  }
  if (formatFromKey(key) === 'parquet' && compression === 'none')
    return {
      format: 'parquet',
      compression,
      reason: 'The key ends in .parquet (the bytes lack the "PAR1" magic).',
    };
  if (!looksLikeText(head))
    return {
      format: 'binary',
      compression,
      reason: `${via || 'The '}bytes hold NUL bytes or invalid UTF-8.`,
    };
  const result = detectText(key, utf8Decode(head), compression, via);
  return via
    ? result
    : { ...result, reason: result.reason.charAt(0).toUpperCase() + result.reason.slice(1) };
}
