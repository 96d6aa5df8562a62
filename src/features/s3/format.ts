import type { FileFormat } from '../../engine/formats/detect';
import { formatFromKey } from '../../engine/formats/detect';

export { formatBytes, formatDate, formatUsd } from '../../ui/format';

/** 8 → "8", 0.0001234 → "0.0001234". */
export function formatQuantity(quantity: number): string {
  return quantity.toLocaleString('en-US', { maximumSignificantDigits: 4 });
}

/** The last part of a key or prefix: `sales/2024/orders.csv` → `orders.csv`, `sales/2024/` → `2024/`. */
export function nameOf(keyOrPrefix: string): string {
  const trimmed = keyOrPrefix.endsWith('/') ? keyOrPrefix.slice(0, -1) : keyOrPrefix;
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return keyOrPrefix.endsWith('/') ? `${name}/` : name;
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
  ndjson: 'application/x-ndjson',
  parquet: 'application/vnd.apache.parquet',
  txt: 'text/plain',
  log: 'text/plain',
  gz: 'application/gzip',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  xml: 'application/xml',
  html: 'text/html',
};

/** The Content-Type the console sets from a file's extension (binary/octet-stream when unknown). */
export function contentTypeFor(fileName: string): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return (fileName.includes('.') ? CONTENT_TYPES[extension] : undefined) ?? 'binary/octet-stream';
}

const FORMAT_LABELS: Record<FileFormat, string> = {
  csv: 'CSV',
  tsv: 'TSV',
  json: 'JSON',
  parquet: 'Parquet',
  text: 'Text',
  binary: 'Binary',
};

/** The object browser's Type column: the format the extension names, plus its compression. */
export function typeLabelFor(key: string): string {
  const lower = key.toLowerCase();
  const format = formatFromKey(key);
  const compression = /\.(gz|gzip)$/.test(lower)
    ? ' (gzip)'
    : /\.snappy$/.test(lower)
      ? ' (snappy)'
      : '';
  if (format) return `${FORMAT_LABELS[format]}${compression}`;
  const extension = lower.includes('.') ? lower.split('.').pop() : undefined;
  return extension ?? '-';
}

export function formatLabel(format: FileFormat): string {
  return FORMAT_LABELS[format];
}
