import type { OutputFormat } from './globals';

/** The CLI prints timestamps as ISO 8601 with a +00:00 offset: 2025-01-06T09:00:00+00:00. */
export function cliTimestamp(date: Date): string {
  const iso = date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${iso.slice(0, 19)}${ms ? `.${String(ms).padStart(3, '0')}000` : ''}+00:00`;
}

/** Output as the CLI sees it: Dates become timestamps, byte bodies are left out, undefined dropped. */
export function toPlain(value: unknown): unknown {
  if (value instanceof Date) return cliTimestamp(value);
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map((item) => toPlain(item) ?? null);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key]) => key !== '$metadata' && key !== 'ResponseMetadata')
      .map(([key, item]) => [key, toPlain(item)] as const)
      .filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries);
  }
  return value;
}

/** Renders a response in the chosen --output format (json: 4-space indent, as the CLI). */
export function formatOutput(value: unknown, output: OutputFormat, title = ''): string {
  if (output === 'text') return formatText(value);
  if (output === 'table') return formatTable(value, title);
  return JSON.stringify(value, null, 4);
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const isScalar = (value: unknown) => value === null || typeof value !== 'object';

/** The CLI's text format: scalars of an object on one tab-separated line, nested lists as their KEY rows. */
export function formatText(value: unknown, label = ''): string {
  if (isScalar(value)) return scalarText(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (value.every(isScalar))
      return (label ? [label, ...value.map(scalarText)] : value.map(scalarText)).join('\t');
    return value.map((item) => formatText(item, label)).join('\n');
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const scalars = keys.filter((key) => isScalar(record[key])).map((key) => scalarText(record[key]));
  const lines = scalars.length ? [(label ? [label, ...scalars] : scalars).join('\t')] : [];
  for (const key of keys.filter((k) => !isScalar(record[k])))
    lines.push(formatText(record[key], key.toUpperCase()));
  return lines.filter(Boolean).join('\n');
}

/** A simple boxed table: the operation as title, then key | value rows (nested keys dotted). */
export function formatTable(value: unknown, title: string): string {
  const rows: [string, string][] = [];
  const walk = (item: unknown, path: string) => {
    if (isScalar(item)) rows.push([path || 'Value', scalarText(item)]);
    else if (Array.isArray(item)) item.forEach((element, i) => walk(element, `${path}[${i}]`));
    else
      for (const [key, child] of Object.entries(item as Record<string, unknown>))
        walk(child, path ? `${path}.${key}` : key);
  };
  walk(value, '');
  const keyWidth = Math.max(4, ...rows.map(([k]) => k.length));
  const valueWidth = Math.max(5, ...rows.map(([, v]) => v.length));
  const width = keyWidth + valueWidth + 7;
  const rule = `${'-'.repeat(width)}`;
  const lines = [
    rule,
    `|${title.padStart(Math.floor((width - 2 + title.length) / 2)).padEnd(width - 2)}|`,
    rule,
  ];
  for (const [key, item] of rows)
    lines.push(`|  ${key.padEnd(keyWidth)} | ${item.padEnd(valueWidth)}|`);
  lines.push(rule);
  return lines.join('\n');
}
