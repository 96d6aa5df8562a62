import Box from '@cloudscape-design/components/box';
import { useLake } from '../../store';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
import { deleteTable } from './actions';

/** Delete table: its versions and partitions go too; the data in S3 stays. */
export function DeleteTableModal({
  database,
  table,
  onDismiss,
}: {
  database: string;
  table: string;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  return (
    <DeleteResourceModal
      kind="table"
      name={table}
      cli={{
        service: 'glue',
        operation: 'DeleteTable',
        input: { DatabaseName: database, Name: table },
      }}
      onDelete={() => deleteTable(call, database, table)}
      onDismiss={onDismiss}
    >
      <Box>
        Delete table <b>{table}</b> from database <b>{database}</b>? Its versions and partitions are
        deleted too; the data in S3 is not.
      </Box>
    </DeleteResourceModal>
  );
}
