import { useMemo } from 'react';
import { catalogTree } from './catalogModel';
import { principalOptions } from './principals';
import { useLakeFormation } from './useLakeFormation';

/** What the grant forms offer: the catalog, the account's principals and the LF-Tags. */
export function useGrantOptions() {
  const { world, lf, accountId, version } = useLakeFormation();
  return useMemo(
    () => ({
      tree: catalogTree(world),
      principals: principalOptions(world, accountId),
      tags: Object.values(lf?.lfTags ?? {})
        .map((t) => ({ key: t.TagKey, values: t.TagValues }))
        .sort((a, b) => a.key.localeCompare(b.key)),
      locations: Object.keys(lf?.locations ?? {}).sort(),
      filters: Object.values(lf?.filters ?? {}).map((f) => ({
        database: f.DatabaseName,
        table: f.TableName,
        name: f.Name,
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the world mutates in place; version marks changes
    [world, lf, accountId, version],
  );
}
