import Alert from '@cloudscape-design/components/alert';

/** An AWS error from the engine, named by its code, where the user acted. */
export function ErrorAlert({
  error,
  onDismiss,
}: {
  error: Error | undefined;
  onDismiss?: () => void;
}) {
  if (!error) return null;
  return (
    <Alert type="error" header={error.name} dismissible={!!onDismiss} onDismiss={onDismiss}>
      {error.message}
    </Alert>
  );
}
