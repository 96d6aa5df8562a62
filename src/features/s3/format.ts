import type { FileFormat } from '../../engine/formats/detect';
import { formatFromKey } from '../../engine/formats/detect';

/** 1536 → "1.5 KB", as the S3 console writes sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const UTC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** Simulated time → "6 Jan 2025, 09:00 UTC". */
export function formatDate(at: Date | number | undefined): string {
  return at === undefined ? '-' : `${UTC.format(at)} UTC`;
}

/** US dollars with cents, or two significant digits for fractions of a cent. */
export function formatUsd(amount: number): string {
  if (amount === 0 || amount >= 0.01) return `$${amount.toFixed(2)}`;
  if (amount < 0.000001) return '< $0.000001';
  // Two significant digits, so a lab's fractions of a cent still show what they are.
  const decimals = Math.min(12, 1 - Math.floor(Math.log10(amount)));
  return `$${amount.toFixed(decimals)}`;
}

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
