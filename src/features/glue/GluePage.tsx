import { useRoute } from '../../store/router';
import { AddTableForm } from './AddTableForm';
import { CatalogSearch } from './CatalogSearch';
import { CreateDatabaseForm } from './CreateDatabaseForm';
import { DatabaseList } from './DatabaseList';
import { EditSchemaForm } from './EditSchemaForm';
import { TableList } from './TableList';
import { TablePage, type TableTab } from './TablePage';

const TABS: TableTab[] = ['schema', 'partitions', 'properties', 'versions'];

/** AWS Glue Data Catalog: every route under `/glue`. */
export default function GluePage() {
  const { segments, query } = useRoute();
  const [, area, database, view, table, action] = segments;
  if (area === 'create-database') return <CreateDatabaseForm />;
  if (area === 'search') return <CatalogSearch searchText={query.get('q') ?? ''} />;
  if (area === 'databases' && database) {
    if (view === 'add-table') return <AddTableForm database={database} />;
    if (view === 'tables' && table) {
      if (action === 'edit-schema') return <EditSchemaForm database={database} table={table} />;
      const tab = TABS.find((t) => t === query.get('tab')) ?? 'schema';
      return <TablePage database={database} table={table} tab={tab} />;
    }
    return <TableList database={database} />;
  }
  return <DatabaseList />;
}
