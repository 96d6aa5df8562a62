import { parquetLayout } from '../../formats';

/**
 * The bytes Athena reads from one file. Text formats are read whole, compressed size as stored
 * (athena/latest/ug/compression-formats.html: compression reduces the data scanned). Columnar
 * formats read the footer and then only the chunks of the referenced columns ("Athena reads only
 * the columns a query needs", athena/latest/ug/columnar-storage.html).
 */
export function bytesReadFrom(
  format: 'csv' | 'json' | 'parquet',
  bytes: Uint8Array,
  columns: string[] | 'all',
): number {
  if (format !== 'parquet') return bytes.length;
  const layout = parquetLayout(bytes);
  // The footer, its 4-byte length and the trailing "PAR1" magic.
  let total = layout.metadataLength + 8;
  const wanted = columns === 'all' ? undefined : new Set(columns.map((c) => c.toLowerCase()));
  for (const group of layout.rowGroups)
    for (const chunk of group.columns) {
      const top = chunk.path.split('.')[0]?.toLowerCase() ?? '';
      if (!wanted || wanted.has(top)) total += chunk.compressedSize;
    }
  return total;
}

/** $5 per TB, rounded up to the nearest MB, with a 10 MB minimum per query (athena/pricing). */
export function billedBytes(scanned: number): number {
  const MB = 1024 * 1024;
  return Math.max(10 * MB, Math.ceil(scanned / MB) * MB);
}

export const PRICE_PER_TB = 5;
export const BYTES_PER_TB = 1024 ** 4;
