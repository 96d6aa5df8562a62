import { cliServiceName, FILE_BLOB_MEMBERS, OUTFILE_OPERATIONS } from './commands';
import { cliTimestamp } from './format';
import { toKebab } from './names';
import { shellQuote } from './tokenize';

const isPlainList = (value: unknown[]) =>
  value.length > 0 &&
  value.every(
    (item) =>
      typeof item === 'number' || (typeof item === 'string' && item !== '' && !/[,\s]/.test(item)),
  );

function optionWords(service: string, key: string, value: unknown): string[] {
  const flag = `--${toKebab(key)}`;
  if (value === undefined || value === null) return [];
  if (typeof value === 'boolean') return [value ? flag : `--no-${toKebab(key)}`];
  if (typeof value === 'number' || typeof value === 'string')
    return [flag, shellQuote(String(value))];
  if (value instanceof Date) return [flag, shellQuote(cliTimestamp(value))];
  if (value instanceof Uint8Array)
    return (FILE_BLOB_MEMBERS[service] ?? []).includes(key)
      ? [flag, 'local-file']
      : [flag, shellQuote(new TextDecoder().decode(value))];
  if (Array.isArray(value) && isPlainList(value))
    return [flag, ...value.map((item) => shellQuote(String(item)))];
  return [
    flag,
    shellQuote(
      JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? cliTimestamp(v) : v)),
    ),
  ];
}

/**
 * The AWS CLI line for an operation call, for "Show CLI command":
 * toCliCommand('s3', 'CreateBucket', { Bucket: 'raw-zone' }) → aws s3api create-bucket --bucket raw-zone.
 * Structures are JSON in single quotes; `multiline` puts each option on its own continued line.
 */
export function toCliCommand(
  service: string,
  operation: string,
  input: unknown,
  options: { multiline?: boolean } = {},
): string {
  const record = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const parts = Object.entries(record)
    .map(([key, value]) => optionWords(service, key, value).join(' '))
    .filter(Boolean);
  if (OUTFILE_OPERATIONS[service]?.includes(operation)) {
    const key = typeof record.Key === 'string' ? record.Key : 'outfile';
    parts.push(shellQuote(key.slice(key.lastIndexOf('/') + 1) || 'outfile'));
  }
  const head = `aws ${cliServiceName(service)} ${toKebab(operation)}`;
  if (!options.multiline || parts.length < 2) return [head, ...parts].join(' ');
  return [head, ...parts].join(' \\\n    ');
}
