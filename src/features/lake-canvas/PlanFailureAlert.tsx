import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { toCliCommand } from '../../engine/cli/toCliCommand';
import { CliCommandBox } from '../../ui/CliCommandBox';
import type { PlanFailure, RollbackRecord } from './rollback';

function RollbackCall({ call }: { call: RollbackRecord }) {
  return (
    <li>
      <SpaceBetween size="xxs">
        {call.error ? (
          <StatusIndicator type="error">
            Still there: {call.resource} ({call.error.code}: {call.error.message})
          </StatusIndicator>
        ) : (
          <StatusIndicator type="success">Deleted {call.resource}</StatusIndicator>
        )}
        <CliCommandBox command={toCliCommand(call.service, call.operation, call.input)} />
      </SpaceBetween>
    </li>
  );
}

function summaryOf(failure: PlanFailure): string {
  if (failure.leftovers.length)
    return `The rollback could not delete everything. Left over: ${failure.leftovers.join('; ')}. Delete them yourself, or fix the cause and delete them from the canvas.`;
  if (!failure.rollback.length)
    return 'Nothing had been created yet, so nothing was rolled back. Fix the form and press Create pipeline again.';
  return `Nothing is left half-created: the ${failure.rollback.length} resource(s) this pipeline had created were deleted again, newest first. Fix the form and press Create pipeline again.`;
}

/** Why Create pipeline failed, and the delete calls of its rollback with their CLI lines. */
export function PlanFailureAlert({ failure }: { failure: PlanFailure }) {
  return (
    <Alert
      type="error"
      header={`${failure.operation} failed: ${failure.error.code}`}
      statusIconAriaLabel="Error"
    >
      <SpaceBetween size="xs">
        <Box variant="p">{failure.error.message}</Box>
        <Box variant="p">{summaryOf(failure)}</Box>
        {failure.rollback.length > 0 && (
          <>
            <Box variant="h4" padding="n">
              Rollback calls ({failure.rollback.length})
            </Box>
            <ol className="lc-calls" aria-label="Rollback calls">
              {failure.rollback.map((call, i) => (
                <RollbackCall key={i} call={call} />
              ))}
            </ol>
          </>
        )}
      </SpaceBetween>
    </Alert>
  );
}
