import Alert from '@cloudscape-design/components/alert';
import { useLake } from '../../store';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
import { deleteDatabase } from './actions';

/** Delete database: confirm by typing its name; its tables are deleted with it. */
export function DeleteDatabaseModal({
  database,
  tableCount,
  onDismiss,
}: {
  database: string;
  tableCount: number;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  return (
    <DeleteResourceModal
      kind="database"
      name={database}
      cli={{ service: 'glue', operation: 'DeleteDatabase', input: { Name: database } }}
      onDelete={() => deleteDatabase(call, database)}
      onDismiss={onDismiss}
      isConfirmedByTyping
    >
      <Alert type="warning">
        Deleting a database also deletes its {tableCount} table{tableCount === 1 ? '' : 's'}, with
        their versions and partitions. The data in S3 is not deleted.
      </Alert>
    </DeleteResourceModal>
  );
}
