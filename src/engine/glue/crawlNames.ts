/**
 * Crawler-generated table names hold only alphanumerics and underscores, are at most 128
 * characters (truncated), get the custom prefix first, and duplicates get a hash suffix
 * (crawler-running.html). Glue stores names lower-cased.
 */
export function sanitiseTableName(raw: string, prefix = ''): string {
  const cleaned = `${prefix}${raw}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return cleaned.slice(0, 128) || 'table';
}

/** A short stable hash (FNV-1a, hex) so a duplicate name gets the same suffix on every crawl. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Names every table uniquely: a second table with the same name gets `_<hash of its location>`. */
export function uniqueNames<T extends { name: string; location: string }>(tables: T[]): T[] {
  const taken = new Set<string>();
  return tables.map((table) => {
    const name = taken.has(table.name)
      ? `${table.name.slice(0, 119)}_${shortHash(table.location)}`
      : table.name;
    taken.add(name);
    return { ...table, name };
  });
}
