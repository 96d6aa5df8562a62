import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';

/** Shown while the workgroup has no result location, as Athena's console does. */
export function ResultLocationBanner({ onEdit }: { onEdit: () => void }) {
  return (
    <Alert
      type="info"
      header="Before you run your first query, set up a query result location in Amazon S3"
      action={<Button onClick={onEdit}>Edit settings</Button>}
    >
      Athena writes the results of every query, and the metadata of each run, to an S3 location of
      your workgroup. Without one, StartQueryExecution fails with "No output location provided".
    </Alert>
  );
}
