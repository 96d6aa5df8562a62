import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { previewTableSql, quoteIdentifier } from './sqlText';
import { TableEntry } from './TableEntry';
import type { CatalogTable } from './useCatalog';
import type { CatalogOption } from './useDataCatalogs';

const optionOf = (value: string) => ({ value, label: value });

export interface DataPanelProps {
  catalogs: CatalogOption[];
  catalog: string;
  onCatalogChange: (catalog: string) => void;
  databases: string[];
  database: string;
  onDatabaseChange: (database: string) => void;
  tables: CatalogTable[] | undefined;
  onPreview: (sql: string, title: string) => void;
  onInsert: (text: string) => void;
}

/** The left panel: data source, database, and the database's tables with their columns. */
export function DataPanel(props: DataPanelProps) {
  const { catalogs, catalog, databases, database, tables } = props;
  const isGlue = (catalogs.find((c) => c.name === catalog)?.type ?? 'GLUE') === 'GLUE';
  return (
    <Container header={<Header variant="h2">Data</Header>}>
      <SpaceBetween size="m">
        <FormField label="Data source">
          <Select
            selectedOption={optionOf(catalog)}
            options={catalogs.map((c) => ({ value: c.name, label: c.name, description: c.type }))}
            onChange={(e) => props.onCatalogChange(e.detail.selectedOption.value ?? '')}
          />
        </FormField>
        {isGlue ? (
          <FormField label="Database">
            <Select
              selectedOption={database ? optionOf(database) : null}
              placeholder="Choose a database"
              empty="No databases"
              options={databases.map(optionOf)}
              onChange={(e) => props.onDatabaseChange(e.detail.selectedOption.value ?? '')}
            />
          </FormField>
        ) : (
          <Box variant="p" color="text-body-secondary">
            A federated catalog: query its tables as{' '}
            <Box variant="code">{`"${catalog}"."schema"."table"`}</Box>.
          </Box>
        )}
        {isGlue && (
          <section aria-label="Tables">
            <Box variant="h3">Tables {tables ? `(${tables.length})` : ''}</Box>
            {!tables && database && <Spinner />}
            {tables?.length === 0 && <Box color="text-body-secondary">No tables.</Box>}
            <ul style={{ padding: 0, margin: 0 }}>
              {tables?.map((t) => (
                <TableEntry
                  key={t.name}
                  table={t}
                  onPreview={() => props.onPreview(previewTableSql(database, t.name), t.name)}
                  onInsert={() =>
                    props.onInsert(`${quoteIdentifier(database)}.${quoteIdentifier(t.name)}`)
                  }
                />
              ))}
            </ul>
          </section>
        )}
      </SpaceBetween>
    </Container>
  );
}
