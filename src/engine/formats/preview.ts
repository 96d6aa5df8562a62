import { decompress, decompressHead } from './compression';
import { previewCsv } from './csv';
import { detectFormat, type DetectedFormat } from './detect';
import { fileNameOf, FormatError } from './errors';
import { previewJsonDocument, previewJsonLines } from './json';
import { previewParquet } from './parquet';
import {
  DEFAULT_PREVIEW_ROWS,
  type ObjectPreview,
  PREVIEW_HEAD_BYTES,
  type PreviewOptions,
} from './preview.types';
import { cutAtLastNewline, utf8Decode, withoutBom } from './text';

export const EMPTY_OBJECT_MESSAGE = 'The object is empty (0 bytes): there is nothing to preview.';
export const BINARY_OBJECT_MESSAGE =
  'This object is binary (not CSV, JSON or Parquet): LakeLab cannot preview it.';

interface TextHead {
  text: string;
  complete: boolean;
}

/** The decompressed start of the object, cut after its last whole line unless it is all there. */
function readTextHead(bytes: Uint8Array, detected: DetectedFormat, headBytes: number): TextHead {
  const head = decompressHead(bytes, detected.compression, headBytes);
  const text = head.complete ? head.bytes : cutAtLastNewline(head.bytes);
  return { text: withoutBom(utf8Decode(text)), complete: head.complete };
}

function previewPlainText(
  head: TextHead,
  maxRows: number,
): Omit<ObjectPreview, 'format' | 'compression'> {
  const lines = head.text.split('\n').filter((line) => line !== '');
  return {
    columns: [{ name: 'line', type: 'string' }],
    rows: lines.slice(0, maxRows).map((line) => [line]),
    truncated: lines.length > maxRows || !head.complete,
    warnings: [
      'This text has no delimiter or JSON structure that a built-in Glue classifier recognises: each line is shown as one value.',
    ],
    ...(head.complete ? { totalRowsKnown: lines.length } : {}),
  };
}

async function previewBody(
  key: string,
  bytes: Uint8Array,
  detected: DetectedFormat,
  options: PreviewOptions,
) {
  const maxRows = options.maxRows ?? DEFAULT_PREVIEW_ROWS;
  const headBytes = options.headBytes ?? PREVIEW_HEAD_BYTES;
  const fileName = fileNameOf(key);
  if (detected.format === 'parquet')
    return previewParquet(
      detected.compression === 'none' ? bytes : decompress(bytes, detected.compression),
      maxRows,
    );
  const head = readTextHead(bytes, detected, headBytes);
  if (head.text.trim() === '')
    throw new FormatError(
      `The object holds no data${detected.compression === 'none' ? ' (only whitespace)' : ` once ${detected.compression}-decompressed`}: there is nothing to preview.`,
    );
  if (detected.format === 'csv' || detected.format === 'tsv')
    return previewCsv({ ...head, fileName, format: detected.format }, maxRows, options.header);
  if (detected.format === 'json') {
    if (detected.jsonKind === 'lines') return previewJsonLines({ ...head, fileName }, maxRows);
    // One JSON document can only be parsed whole.
    const whole = head.complete
      ? head
      : { text: withoutBom(utf8Decode(decompress(bytes, detected.compression))), complete: true };
    return previewJsonDocument({ ...whole, fileName }, maxRows);
  }
  return previewPlainText(head, maxRows);
}

/**
 * The first rows of an object, with columns typed as a Glue crawler would type them.
 * Text formats read only the first `headBytes` (256 KiB) of decompressed data.
 */
export async function previewObject(
  key: string,
  bytes: Uint8Array,
  options: PreviewOptions = {},
): Promise<ObjectPreview> {
  if (bytes.length === 0) throw new FormatError(EMPTY_OBJECT_MESSAGE);
  const detected = detectFormat(key, bytes);
  if (detected.format === 'binary') throw new FormatError(BINARY_OBJECT_MESSAGE);
  const body = await previewBody(key, bytes, detected, options);
  return { format: detected.format, compression: detected.compression, ...body };
}
