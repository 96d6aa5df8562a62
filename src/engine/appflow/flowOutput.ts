import type { S3OutputFormatConfig } from '@aws-sdk/client-appflow';
import { toCsv, toJsonLines, toParquet } from '../formats/writers';
import { utf8Encode } from '../formats/text';
import type { CrmRecord } from '../sources/crm';

/** Without aggregation AppFlow may write several files per run; LakeLab writes one per this many records. */
export const RECORDS_PER_FILE = 100;

const EXTENSIONS = { JSON: 'jsonl', CSV: 'csv', PARQUET: 'parquet' } as const;

function columnsOf(records: CrmRecord[]): string[] {
  const columns: string[] = [];
  for (const record of records)
    for (const key of Object.keys(record)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

function encode(records: CrmRecord[], fileType: keyof typeof EXTENSIONS): Uint8Array {
  if (fileType === 'JSON') return utf8Encode(toJsonLines(records));
  const columns = columnsOf(records);
  const rows = records.map((r) => columns.map((c) => r[c] ?? null));
  if (fileType === 'CSV') return utf8Encode(toCsv(columns, rows));
  const specs = columns.map((name) => ({
    name,
    type: records.every(
      (r) => r[name] === null || r[name] === undefined || typeof r[name] === 'number',
    )
      ? ('double' as const)
      : ('string' as const),
  }));
  return toParquet(
    specs,
    rows.map((row) =>
      row.map((v, i) => (specs[i]!.type === 'string' && v !== null ? String(v) : v)),
    ),
  );
}

/**
 * The objects a run writes: under `<bucketPrefix>/<flowName>/<executionId>/` (AppFlow puts each run in a
 * folder named by its execution ID, PrefixConfig EXECUTION_ID); JSON output is JSON Lines. Aggregation
 * SingleFile writes one file; None writes one per RECORDS_PER_FILE records. File names are LakeLab's.
 */
export function outputFiles(
  records: CrmRecord[],
  format: S3OutputFormatConfig | undefined,
  folder: string,
): { key: string; body: Uint8Array }[] {
  const fileType = (format?.fileType ?? 'JSON') as keyof typeof EXTENSIONS;
  const single = format?.aggregationConfig?.aggregationType === 'SingleFile';
  const chunks: CrmRecord[][] = [];
  const size = single ? Math.max(1, records.length) : RECORDS_PER_FILE;
  for (let i = 0; i < records.length; i += size) chunks.push(records.slice(i, i + size));
  return chunks.map((chunk, i) => ({
    key: `${folder}part-${String(i).padStart(5, '0')}.${EXTENSIONS[fileType]}`,
    body: encode(chunk, fileType),
  }));
}
