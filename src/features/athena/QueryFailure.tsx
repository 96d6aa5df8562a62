import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { errorCodeOf, errorPositionOf, type ErrorPosition } from './sqlText';

/** A failed query's reason, with the line and column it names and a way to jump there. */
export function QueryFailure({
  reason,
  onGoTo,
}: {
  reason: string;
  onGoTo: (position: ErrorPosition) => void;
}) {
  const position = errorPositionOf(reason);
  const code = errorCodeOf(reason);
  const where = position ? ` at line ${position.line}, column ${position.column}` : '';
  return (
    <Alert
      type="error"
      header={`${code ?? 'Query failed'}${where}`}
      action={
        position && (
          <Button onClick={() => onGoTo(position)}>
            Go to line {position.line}, column {position.column}
          </Button>
        )
      }
    >
      {reason}
    </Alert>
  );
}
