import { useLake } from './index';

/**
 * A string that changes when the Data Catalog changes or the principal does. Pages re-read
 * on it rather than on every world change, so a running clock does not re-list the catalog.
 */
export function useCatalogSignature(): string {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal) ?? '';
  const glue = engine.world.glue;
  let tables = 0;
  let versions = 0;
  let partitions = 0;
  let updated = 0;
  for (const byName of Object.values(glue.tables ?? {}))
    for (const entry of Object.values(byName)) {
      tables++;
      versions += entry.versions.length;
      updated += entry.versions[entry.versions.length - 1]?.UpdateTime ?? 0;
      for (const key in entry.partitions) if (key) partitions++;
    }
  const databases = Object.values(glue.databases)
    .map((d) => `${d.Name}:${d.Description ?? ''}:${d.LocationUri ?? ''}`)
    .join(',');
  return `${principal}|${databases}|${tables}:${versions}:${partitions}:${updated}`;
}
