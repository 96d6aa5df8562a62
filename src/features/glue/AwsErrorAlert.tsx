import Alert from '@cloudscape-design/components/alert';

/** An AWS error answering a read, where the page shows what it read. */
export function AwsErrorAlert({ error }: { error: Error | undefined }) {
  if (!error) return null;
  return (
    <Alert type="error" header={error.name}>
      {error.message}
    </Alert>
  );
}
