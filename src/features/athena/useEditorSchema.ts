import { useMemo } from 'react';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { CatalogTable } from './useCatalog';

/** Autocompletion's view of the catalog: every database, the current one's tables and columns. */
export function useEditorSchema(
  databases: string[],
  database: string,
  tables: CatalogTable[] | undefined,
): SQLNamespace {
  return useMemo(() => {
    const schema: Record<string, SQLNamespace> = {};
    for (const name of databases) schema[name] = {};
    if (database)
      schema[database] = Object.fromEntries(
        (tables ?? []).map((t) => [
          t.name,
          t.columns.map((c) => ({ label: c.name, type: 'property', detail: c.type })),
        ]),
      );
    return schema;
  }, [databases, database, tables]);
}
