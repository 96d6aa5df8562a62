import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Alert from '@cloudscape-design/components/alert';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { href, navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { createTableInput, type NewTable } from './actions';
import { ColumnsEditor } from './ColumnsEditor';
import { databasePath, tablePath } from './paths';
import { TableDetailsFields } from './TableDetailsFields';

const EMPTY_TABLE: NewTable = {
  name: '',
  description: '',
  location: '',
  format: 'csv',
  columns: [{ name: '', type: 'string' }],
  partitionKeys: [],
};

/** The console's manual "Add table": details, data format, schema, partition keys (CreateTable). */
export function AddTableForm({ database }: { database: string }) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [table, setTable] = useState(EMPTY_TABLE);
  const [error, setError] = useState<Error>();
  const [isBusy, setBusy] = useState(false);
  const input = createTableInput(database, table);
  const change = (patch: Partial<NewTable>) => {
    setTable({ ...table, ...patch });
    setError(undefined);
  };

  const handleSubmit = async () => {
    setBusy(true);
    try {
      await call('glue', 'CreateTable', input, { quiet: true });
      notify({ type: 'success', header: `Created table "${table.name.toLowerCase()}"` });
      navigate(tablePath(database, table.name.toLowerCase()));
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e);
      setBusy(false);
    }
  };

  return (
    <Form
      header={
        <Header variant="h1" description={`A table in database ${database} describing data in S3.`}>
          Add table
        </Header>
      }
      errorText={error && `${error.name}: ${error.message}`}
      errorIconAriaLabel="Error"
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" href={href(databasePath(database))}>
            Cancel
          </Button>
          <ShowCliButton service="glue" operation="CreateTable" input={input} />
          <Button variant="primary" loading={isBusy} onClick={() => void handleSubmit()}>
            Create table
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        <TableDetailsFields table={table} onChange={change} />
        <Container
          header={
            <Header
              variant="h2"
              description="Hive types: pick one or type array<…>, map<…>, struct<…>."
            >
              Schema
            </Header>
          }
        >
          <ColumnsEditor
            label="Column"
            addText="Add column"
            items={table.columns}
            onChange={(columns) => change({ columns })}
          />
        </Container>
        <Container
          header={
            <Header variant="h2" description="Folders like year=2025/month=01/ under the location.">
              Partition keys - optional
            </Header>
          }
        >
          <SpaceBetween size="s">
            <ColumnsEditor
              label="Partition key"
              addText="Add partition key"
              items={table.partitionKeys}
              onChange={(partitionKeys) => change({ partitionKeys })}
            />
            {table.partitionKeys.length > 0 && (
              <Alert type="info">
                Partition keys are not columns of the files: their values come from the folder
                names.
              </Alert>
            )}
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
