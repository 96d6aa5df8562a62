import { useState } from 'react';
import type { Table } from '@aws-sdk/client-glue';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { href, navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { updateColumnsInput, type ColumnDraft } from './actions';
import { AwsErrorAlert } from './AwsErrorAlert';
import { ColumnsEditor } from './ColumnsEditor';
import { tablePath } from './paths';
import { useTable } from './useTable';

const draftsOf = (table: Table): ColumnDraft[] =>
  (table.StorageDescriptor?.Columns ?? []).map((c) => ({ name: c.Name ?? '', type: c.Type ?? '' }));

function SchemaEditor({ database, table }: { database: string; table: Table }) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [columns, setColumns] = useState(() => draftsOf(table));
  const [error, setError] = useState<Error>();
  const [isBusy, setBusy] = useState(false);
  const input = updateColumnsInput(database, table, columns);
  const back = href(tablePath(database, table.Name ?? ''), { tab: 'schema' });
  const handleSave = async () => {
    setBusy(true);
    try {
      await call('glue', 'UpdateTable', input, { quiet: true });
      notify({ type: 'success', header: `Saved a new version of table ${table.Name ?? ''}` });
      navigate(tablePath(database, table.Name ?? ''), { tab: 'versions' });
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Form
      header={
        <Header
          variant="h1"
          description="Saving calls UpdateTable, which archives the current version and creates a new one."
        >
          Edit schema: {table.Name}
        </Header>
      }
      errorText={error && `${error.name}: ${error.message}`}
      errorIconAriaLabel="Error"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" href={back}>
            Cancel
          </Button>
          <ShowCliButton service="glue" operation="UpdateTable" input={input} />
          <Button variant="primary" loading={isBusy} onClick={() => void handleSave()}>
            Save as new version
          </Button>
        </SpaceBetween>
      }
    >
      <Container
        header={
          <Header variant="h2" description="Partition keys cannot be changed here.">
            Columns
          </Header>
        }
      >
        <ColumnsEditor
          label="Column"
          addText="Add column"
          items={columns}
          onChange={(next) => {
            setColumns(next);
            setError(undefined);
          }}
        />
      </Container>
    </Form>
  );
}

/** Edit schema: add, remove or retype columns, saved as a new table version (UpdateTable). */
export function EditSchemaForm({ database, table }: { database: string; table: string }) {
  const { data, error, isLoading } = useTable(database, table);
  if (error) return <AwsErrorAlert error={error} />;
  if (isLoading || !data) return <Spinner size="large" />;
  return <SchemaEditor database={database} table={data} />;
}
