import { useLake } from '../../store';

/** Changes when the Glue Data Catalog's databases or tables change, or the principal does. */
export function useCatalogSignature(): string {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal) ?? '';
  const glue = engine.world.glue;
  let tables = 0;
  let versions = 0;
  for (const byName of Object.values(glue.tables ?? {}))
    for (const entry of Object.values(byName)) {
      tables++;
      versions += entry.versions.length;
    }
  return `${principal}|${Object.keys(glue.databases).join(',')}|${tables}:${versions}`;
}
